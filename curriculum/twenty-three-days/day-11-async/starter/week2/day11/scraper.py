"""Day 11: an async web scraper with aiohttp and BeautifulSoup.

Install the two libraries into the interpreter you use for the course:

    python -m pip install aiohttp beautifulsoup4

Every function below has its specification in its docstring. Replace each
``raise NotImplementedError`` with a real body, one milestone at a time.
"""
from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import Iterable, List, Optional, Tuple
from urllib.parse import urldefrag, urljoin, urlsplit

import aiohttp
from bs4 import BeautifulSoup


@dataclass
class Page:
    """What the scraper learned about one URL."""

    url: str
    status: Optional[int]            # 200 for a page that loaded, the HTTP error status, or None
    title: Optional[str] = None
    links: List[str] = field(default_factory=list)
    error: Optional[str] = None      # what went wrong, for a page that failed


class FetchError(Exception):
    """A URL could not be fetched: an HTTP error status, or no response at all (status None)."""

    def __init__(self, url: str, status: Optional[int] = None, reason: str = "") -> None:
        super().__init__(f"{url}: {reason or status}")
        self.url = url
        self.status = status


# -- milestone "Parse a page" -----------------------------------------------------------------

def parse_page(html: str, base_url: str) -> Tuple[Optional[str], List[str]]:
    """Return ``(title, links)`` for an HTML document fetched from ``base_url``.

    title: the text of <title>, with white space stripped at both ends and every
    inner run of white space turned into one space; None if there is no title
    or it is empty.

    links: the href of every <a> that has one, made absolute against base_url
    and without its #fragment, keeping only http and https links, leaving out
    links back to base_url itself, each link once, in order of first appearance.
    """
    raise NotImplementedError


# -- milestones "Fetch a page" and "Try again, politely" ---------------------------------------

async def fetch_page(session: aiohttp.ClientSession, url: str, *, retries: int = 0, backoff: float = 0.1) -> str:
    """GET ``url`` with ``session`` and return the body as text.

    A response with status 400 or above raises FetchError with that status. A
    failure to get any response (connection refused, reset, ...) raises
    FetchError with status None.

    Retrying: a status of 500 or above and a failure to connect are worth
    another try, up to ``retries`` more attempts. Wait ``backoff`` seconds
    before the first retry and double the wait each time after that. Status
    codes from 400 to 499 are never retried.
    """
    raise NotImplementedError


# -- milestone "Many pages at once" -----------------------------------------------------------

async def scrape(urls: Iterable[str], max_concurrency: int = 5, retries: int = 0) -> List[Page]:
    """Fetch and parse every URL concurrently and return one Page per URL, in the given order.

    Share one ClientSession, and never have more than ``max_concurrency``
    requests in flight at once. A URL that fails gives a Page with its status
    (or None) and an error message instead of raising. Raise ValueError if
    ``max_concurrency`` is less than 1.
    """
    raise NotImplementedError


# -- milestone "A crawler with a queue and a clean stop" --------------------------------------

class Crawler:
    """Crawls a site from start URLs, following links to pages on the same site.

    "The same site" means the same scheme, host and port as one of the start URLs.
    """

    def __init__(self, max_concurrency: int = 5, retries: int = 0) -> None:
        self.max_concurrency = max_concurrency
        self.retries = retries
        # TODO: whatever state stop() needs

    async def run(self, start_urls: Iterable[str], results: "asyncio.Queue[Page]", max_pages: int = 100) -> int:
        """Crawl, putting one Page on ``results`` for every URL fetched, and return how many.

        - Use ``max_concurrency`` worker tasks that take URLs from an asyncio.Queue.
        - Fetch every URL at most once (a link with a #fragment is the same URL).
        - Follow links only to the same site; never fetch anything else.
        - Fetch at most ``max_pages`` URLs in all.
        - Finish when there is nothing left to fetch, or after stop() was called.
        - When run() returns, every task it started has finished.
        """
        raise NotImplementedError

    def stop(self) -> None:
        """Ask run() to finish gracefully: start no new fetch, let the fetches in
        flight complete and report their pages, then return."""
        raise NotImplementedError
