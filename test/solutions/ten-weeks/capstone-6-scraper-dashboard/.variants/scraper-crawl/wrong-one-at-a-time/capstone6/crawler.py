"""Capstone 6, part 2: a concurrent crawler with aiohttp."""
import asyncio
from urllib.parse import urlsplit

import aiohttp

from parse import parse_page


async def fetch(session, url):
    try:
        async with session.get(url) as response:
            if response.status != 200:
                return {"url": url, "status": response.status, "title": "", "links": [],
                        "words": 0, "error": f"HTTP {response.status}"}
            page = parse_page(await response.text(), url)
            return dict(page, url=url, status=200, error=None)
    except (aiohttp.ClientError, asyncio.TimeoutError) as exc:
        return {"url": url, "status": None, "title": "", "links": [], "words": 0,
                "error": type(exc).__name__}


async def crawl(start_urls, max_pages=20, concurrency=4, timeout=5.0):
    hosts = {urlsplit(url).netloc for url in start_urls}
    seen = []
    queue = asyncio.Queue()
    for url in start_urls:
        if url not in seen and len(seen) < max_pages:
            seen.append(url)
            queue.put_nowait(url)
    results = {}

    async def work(session):
        while True:
            url = await queue.get()
            try:
                page = await fetch(session, url)
                results[url] = page
                for link in page["links"]:
                    if urlsplit(link).netloc in hosts and link not in seen and len(seen) < max_pages:
                        seen.append(link)
                        queue.put_nowait(link)
            finally:
                queue.task_done()

    limits = aiohttp.ClientTimeout(total=timeout)
    async with aiohttp.ClientSession(timeout=limits) as session:
        workers = [asyncio.create_task(work(session)) for _ in range(1)]
        await queue.join()
        for worker in workers:
            worker.cancel()
        await asyncio.gather(*workers, return_exceptions=True)
    return [results[url] for url in seen]
