"""Crawl in rounds: fetch the whole frontier under a semaphore, then the links it found."""
import asyncio
from urllib.parse import urlsplit

import aiohttp

from parse import parse_page


async def fetch(session, url):
    blank = {"url": url, "title": "", "links": [], "words": 0}
    try:
        async with session.get(url) as response:
            if response.status != 200:
                return dict(blank, status=response.status, error=f"status {response.status}")
            return dict(parse_page(await response.text(), url), url=url, status=200, error=None)
    except (aiohttp.ClientError, asyncio.TimeoutError) as exc:
        return dict(blank, status=None, error=repr(exc))


async def crawl(start_urls, max_pages=20, concurrency=4, timeout=5.0):
    hosts = {urlsplit(u).netloc for u in start_urls}
    order = list(dict.fromkeys(start_urls))[:max_pages]
    results = {}
    gate = asyncio.Semaphore(concurrency)

    async def one(session, url):
        async with gate:
            results[url] = await fetch(session, url)

    frontier = list(order)
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=timeout)) as session:
        while frontier:
            await asyncio.gather(*(one(session, url) for url in frontier))
            done, frontier = frontier, []
            for url in done:
                for link in results[url]["links"]:
                    if (urlsplit(link).netloc in hosts and link not in order
                            and len(order) < max_pages):
                        order.append(link)
                        frontier.append(link)
    return [results[url] for url in order]
