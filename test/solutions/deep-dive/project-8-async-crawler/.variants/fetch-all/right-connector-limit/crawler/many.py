"""Fetching many pages at once, limited by the session's connection pool."""
import asyncio

import aiohttp

from crawler.fetch import fetch_page


async def fetch_all(urls, concurrency):
    statuses = {}

    async def one(session, url):
        try:
            statuses[url] = (await fetch_page(session, url)).status
        except (aiohttp.ClientError, asyncio.TimeoutError):
            statuses[url] = None

    connector = aiohttp.TCPConnector(limit=concurrency)
    async with aiohttp.ClientSession(connector=connector) as session:
        await asyncio.gather(*[one(session, url) for url in urls])
    return {url: statuses[url] for url in urls}
