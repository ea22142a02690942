"""A crawler: workers take URLs from a queue, fetch them, and queue the new links they find."""
import asyncio
from dataclasses import dataclass, field
from typing import Dict
from urllib.parse import urlsplit

import aiohttp

from crawler.fetch import fetch_page


@dataclass
class CrawlResult:
    pages: Dict[str, int] = field(default_factory=dict)    # url -> HTTP status
    depths: Dict[str, int] = field(default_factory=dict)   # url -> depth it was queued at
    errors: Dict[str, str] = field(default_factory=dict)   # url -> what went wrong


async def crawl(start_url, max_depth=2, concurrency=4, timeout=10.0, on_page=None):
    """Crawl from `start_url` and return a CrawlResult.

    - The start URL has depth 0; links found on a page of depth d have depth d + 1, and
      nothing deeper than `max_depth` is fetched.
    - Only URLs of the same site as `start_url` (same scheme, host and port) are fetched.
    - No URL is fetched twice.
    - `concurrency` worker tasks share one asyncio.Queue and one ClientSession, so at most
      `concurrency` requests are in flight at once.
    - Each request may take at most `timeout` seconds. A request that fails (network error,
      timeout) is recorded in `errors` as "<ExceptionName>: <message>"; a page that answers
      with any status goes in `pages`. The crawl carries on either way.
    - When the queue is empty and every worker is idle, the workers are cancelled and
      awaited, so no task is left running when crawl returns.
    - `on_page`, when given, is called as on_page(result) after each URL is done (the
      command line uses it to show progress).
    """
    raise NotImplementedError
