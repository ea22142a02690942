"""Capstone 6, part 2: a concurrent crawler with aiohttp."""
import asyncio
from urllib.parse import urlsplit

import aiohttp

from parse import parse_page


async def fetch(session, url):
    """GET ``url`` with the aiohttp ``session``; return a page dict and never raise.

    {"url", "status", "title", "links", "words", "error"}: for a 200 answer, parse_page's
    fields and error None; for another status, that status, empty fields and an error text;
    when the connection fails or times out, status None and an error text.
    """
    # TODO
    raise NotImplementedError("fetch is not written yet")


async def crawl(start_urls, max_pages=20, concurrency=4, timeout=5.0):
    """Fetch the start URLs and the links they lead to, on the start URLs' hosts only.

    Each URL is fetched once, at most ``max_pages`` in all, with at most ``concurrency``
    requests at the same time. Return the page dicts in the order the URLs were first seen.
    """
    # TODO
    raise NotImplementedError("crawl is not written yet")
