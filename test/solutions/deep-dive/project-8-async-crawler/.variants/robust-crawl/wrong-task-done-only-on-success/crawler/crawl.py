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


def _site(url):
    parts = urlsplit(url)
    return parts.scheme, parts.netloc


async def crawl(start_url, max_depth=2, concurrency=4, timeout=10.0, on_page=None):
    result = CrawlResult()
    queue = asyncio.Queue()
    site = _site(start_url)

    def enqueue(url, depth):
        if depth <= max_depth and url not in result.depths and _site(url) == site:
            result.depths[url] = depth
            queue.put_nowait((url, depth))

    async def worker(session):
        while True:
            url, depth = await queue.get()
            try:
                page = await fetch_page(session, url)
                result.pages[url] = page.status
                for link in page.links:
                    enqueue(link, depth + 1)
                queue.task_done()
            except (aiohttp.ClientError, asyncio.TimeoutError) as error:
                result.errors[url] = "%s: %s" % (type(error).__name__, error)
            if on_page is not None:
                on_page(result)

    enqueue(start_url, 0)
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=timeout)) as session:
        workers = [asyncio.create_task(worker(session)) for _ in range(concurrency)]
        try:
            await queue.join()
        finally:
            for task in workers:
                task.cancel()
            await asyncio.gather(*workers, return_exceptions=True)
    return result
