"""A fixed pool of `limit` workers taking URLs from a queue, instead of a semaphore."""

from __future__ import annotations

import asyncio
from typing import Dict, Iterable, Optional

import aiohttp

from scraper.fetch import USER_AGENT


async def fetch_all(urls: Iterable[str], *, limit: int = 3,
                    timeout: float = 10.0) -> Dict[str, Optional[str]]:
    urls = list(urls)
    results: Dict[str, Optional[str]] = {url: None for url in urls}
    queue: asyncio.Queue = asyncio.Queue()
    for url in results:
        queue.put_nowait(url)

    async def worker(session: aiohttp.ClientSession) -> None:
        while not queue.empty():
            url = queue.get_nowait()
            try:
                async with session.get(url) as response:
                    if response.status == 200:
                        results[url] = await response.text()
            except aiohttp.ClientError:
                pass

    async with aiohttp.ClientSession(headers={"User-Agent": USER_AGENT},
                                     timeout=aiohttp.ClientTimeout(total=timeout)) as session:
        await asyncio.gather(*(worker(session) for _ in range(limit)))
    return results
