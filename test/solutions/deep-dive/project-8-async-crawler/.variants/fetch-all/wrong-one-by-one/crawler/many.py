"""Fetching many pages at once, but never more than a given number at the same time."""
import asyncio

import aiohttp

from crawler.fetch import fetch_page


async def fetch_all(urls, concurrency):
    limit = asyncio.Semaphore(concurrency)

    async def one(session, url):
        async with limit:
            try:
                return url, (await fetch_page(session, url)).status
            except (aiohttp.ClientError, asyncio.TimeoutError):
                return url, None

    async with aiohttp.ClientSession() as session:
        pairs = [await one(session, url) for url in urls]
    return dict(pairs)
