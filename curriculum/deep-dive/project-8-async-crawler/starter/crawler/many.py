"""Fetching many pages at once, but never more than a given number at the same time."""
import asyncio

import aiohttp

from crawler.fetch import fetch_page


async def fetch_all(urls, concurrency):
    """Fetch every URL in `urls` with one shared ClientSession, at most `concurrency`
    requests in flight at any moment, and return {url: status}.

    A URL whose request fails (a network error or a timeout) maps to None."""
    raise NotImplementedError
