"""Week 7: fetch many pages at once, but never too many."""
import asyncio

import aiohttp


async def fetch_all(urls, limit=3):
    """Fetch every URL with at most ``limit`` requests in flight at any moment.

    Return a dict {url: body text}. A URL whose answer has a status of 400 or more, or that
    cannot be reached, maps to None.
    """
    gate = asyncio.Semaphore(limit)

    async with aiohttp.ClientSession() as session:
        async def one(url):
            if gate:
                try:
                    async with session.get(url) as response:
                        if response.status >= 400:
                            return url, None
                        return url, await response.text()
                except aiohttp.ClientError:
                    return url, None

        pairs = await asyncio.gather(*(one(url) for url in urls))
    return dict(pairs)


def scrape(urls, limit=3):
    """Run fetch_all from ordinary code."""
    return asyncio.run(fetch_all(urls, limit))
