"""Day 11: an async web scraper with aiohttp and BeautifulSoup.

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


def _origin(url: str) -> Tuple[str, str]:
    parts = urlsplit(url)
    return parts.scheme, parts.netloc


def parse_page(html: str, base_url: str) -> Tuple[Optional[str], List[str]]:
    """Return ``(title, links)`` for an HTML document fetched from ``base_url``."""
    soup = BeautifulSoup(html, "html.parser")
    title = None
    if soup.title is not None:
        title = " ".join(soup.title.get_text().split()) or None
    here = urldefrag(base_url)[0]
    links: List[str] = []
    for anchor in soup.find_all("a", href=True):
        link = urldefrag(urljoin(base_url, anchor["href"].strip()))[0]
        if urlsplit(link).scheme in ("http", "https") and link != here and link not in links:
            links.append(link)
    return title, links


async def fetch_page(session: aiohttp.ClientSession, url: str, *, retries: int = 0, backoff: float = 0.1) -> str:
    """GET ``url`` with ``session`` and return the body as text, retrying what is worth it."""
    attempt = 0
    while True:
        try:
            async with session.get(url) as response:
                if response.status < 400:
                    return await response.text()
                error = FetchError(url, response.status, f"HTTP {response.status}")
        except (aiohttp.ClientError, asyncio.TimeoutError) as exc:
            error = FetchError(url, None, str(exc) or type(exc).__name__)
        if (error.status is not None and error.status < 500) or attempt >= retries:
            raise error
        await asyncio.sleep(backoff * 2 ** attempt)
        attempt += 1


async def _visit(session: aiohttp.ClientSession, url: str, retries: int) -> Page:
    try:
        html = await fetch_page(session, url, retries=retries)
    except FetchError as error:
        return Page(url, error.status, error=str(error))
    title, links = parse_page(html, url)
    return Page(url, 200, title, links)


async def scrape(urls, max_concurrency=5, retries=0):
    """A fixed pool of workers takes (index, url) pairs from a queue."""
    if max_concurrency < 1:
        raise ValueError("max_concurrency must be at least 1")
    urls = list(urls)
    pages = [None] * len(urls)
    work = asyncio.Queue()
    for index, url in enumerate(urls):
        work.put_nowait((index, url))

    async with aiohttp.ClientSession() as session:
        async def worker():
            while not work.empty():
                index, url = work.get_nowait()
                pages[index] = await _visit(session, url, retries)

        await asyncio.gather(*(worker() for _ in range(min(max_concurrency, len(urls)) or 1)))
    return pages


class Crawler:
    """Crawls a site from start URLs, following links to pages on the same site."""

    def __init__(self, max_concurrency: int = 5, retries: int = 0) -> None:
        self.max_concurrency = max_concurrency
        self.retries = retries
        self._stopping = False

    async def run(self, start_urls: Iterable[str], results: "asyncio.Queue[Page]", max_pages: int = 100) -> int:
        """Crawl, putting one Page on ``results`` for every URL fetched, and return how many."""
        todo: "asyncio.Queue[str]" = asyncio.Queue()
        seen = set()
        sites = set()
        for url in start_urls:
            url = urldefrag(url)[0]
            sites.add(_origin(url))
            if url not in seen:
                seen.add(url)
                todo.put_nowait(url)
        started = 0
        reported = 0

        async with aiohttp.ClientSession() as session:
            async def worker() -> None:
                nonlocal started, reported
                while True:
                    url = await todo.get()
                    try:
                        if self._stopping or started >= max_pages:
                            continue
                        started += 1
                        page = await _visit(session, url, self.retries)
                        await results.put(page)
                        reported += 1
                        for link in page.links:
                            if _origin(link) in sites and link not in seen:
                                seen.add(link)
                                todo.put_nowait(link)
                    finally:
                        todo.task_done()

            workers = [asyncio.create_task(worker()) for _ in range(self.max_concurrency)]
            try:
                await todo.join()
            finally:
                for task in workers:
                    task.cancel()
                await asyncio.gather(*workers, return_exceptions=True)
        return reported

    def stop(self) -> None:
        """Ask run() to finish gracefully."""
        self._stopping = True
