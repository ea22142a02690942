"""Fetch many pages at once, but not too many (milestone 4)."""

from __future__ import annotations

import asyncio
from typing import Dict, Iterable, Optional

import aiohttp

from scraper.fetch import USER_AGENT


async def _one(session: aiohttp.ClientSession, gate: asyncio.Semaphore, url: str) -> Optional[str]:
    async with gate:
        try:
            async with session.get(url) as response:
                if response.status != 200:
                    return None
                return await response.text()
        except (aiohttp.ClientError, asyncio.TimeoutError):
            return None


async def fetch_all(urls: Iterable[str], *, limit: int = 3,
                    timeout: float = 10.0) -> Dict[str, Optional[str]]:
    """Fetch every URL with aiohttp, never more than ``limit`` at the same time.

    Returns ``{url: body text}``, with None for a URL whose answer was not 200 OK or that
    could not be reached: one failure does not stop the others. Every request sends
    ``USER_AGENT``.
    """
    urls = list(dict.fromkeys(urls))
    gate = asyncio.Semaphore(limit)
    async with aiohttp.ClientSession(headers={"User-Agent": USER_AGENT},
                                     timeout=aiohttp.ClientTimeout(total=timeout)) as session:
        bodies = await asyncio.gather(*(_one(session, gate, url) for url in urls))
    return dict(zip(urls, bodies))
