"""Fetch many pages at once, but not too many (milestone 4)."""

from __future__ import annotations

import asyncio
from typing import Dict, Iterable, Optional

import aiohttp

from scraper.fetch import USER_AGENT


async def fetch_all(urls: Iterable[str], *, limit: int = 3,
                    timeout: float = 10.0) -> Dict[str, Optional[str]]:
    """Fetch every URL with aiohttp, never more than ``limit`` at the same time.

    Returns ``{url: body text}``, with None for a URL whose answer was not 200 OK or that
    could not be reached: one failure does not stop the others. Every request sends
    ``USER_AGENT``.
    """
    raise NotImplementedError("fetch_all() is not written yet")
