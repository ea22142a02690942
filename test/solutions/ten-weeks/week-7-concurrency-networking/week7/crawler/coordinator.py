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
    jobs = asyncio.Queue()
    for index, url in enumerate(urls):
        jobs.put_nowait((index, url))
    results = [None] * len(urls)

    async def worker(number, session):
        while True:
            try:
                index, url = jobs.get_nowait()
            except asyncio.QueueEmpty:
                return
            record = {"url": url, "status": None, "title": None, "size": 0, "worker": number}
            try:
                async with session.get(url) as response:
                    body = await response.read()
                    record["status"] = response.status
                    record["size"] = len(body)
                    found = TITLE.search(body.decode("utf-8", "replace"))
                    if found:
                        record["title"] = found.group(1).strip()
            except aiohttp.ClientError:
                pass
            results[index] = record

    async with aiohttp.ClientSession() as session:
        await asyncio.gather(*(worker(n, session) for n in range(workers)))
    return results
