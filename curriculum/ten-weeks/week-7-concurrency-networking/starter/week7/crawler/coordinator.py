"""Week 7 mini project: a coordinator that hands URLs to asyncio workers through a queue."""
import asyncio
import re

import aiohttp

TITLE = re.compile(r"<title>(.*?)</title>", re.IGNORECASE | re.DOTALL)


async def crawl(urls, workers=3):
    """Fetch every URL once, using ``workers`` worker tasks that take URLs from one queue.

    Return a list of dicts, one per URL in the order of ``urls``, with the keys
    ``url``, ``status`` (the HTTP status, or None if it could not be reached),
    ``title`` (the text of the page's <title>, stripped, or None), ``size`` (the length of the
    body in bytes, 0 if none) and ``worker`` (the number, 0 to workers-1, of the worker that
    fetched it).
    """
    # TODO
    raise NotImplementedError("crawl is not written yet")
