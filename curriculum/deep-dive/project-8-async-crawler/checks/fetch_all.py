"""Milestone: many pages at once, with a limit (crawler/many.py, fetch_all)."""
import time

from pymastery import expect, expect_equal, serve_http
from pymastery.track.crawl_site import InFlight, dead_url, html, run
from pymastery.track.web_project import fresh_import


def check_fetches_all_within_the_limit():
    """fetch_all fetches every URL with at most `concurrency` requests at once"""
    many = fresh_import("crawler.many")
    tracker = InFlight(pause=0.15)
    with serve_http({"/p/*": tracker.slow(html())}) as server:
        urls = [server.url_for("/p/%d" % n) for n in range(12)]
        started = time.perf_counter()
        statuses = run(many.fetch_all, urls, 3)
        seconds = time.perf_counter() - started
    expect_equal(statuses, {url: 200 for url in urls},
                 hint="Return a dict of every URL to its page's status.")
    expect(tracker.most <= 3,
           "the server had %d requests in flight at once, with concurrency=3" % tracker.most,
           hint="Wrap each fetch in `async with semaphore:` with asyncio.Semaphore(concurrency).")
    expect(tracker.most >= 2,
           "the requests ran one at a time (12 requests took %.2fs)" % seconds,
           hint="Start them all together with asyncio.gather(...) instead of awaiting each "
                "one before starting the next.")
    expect_equal(sorted(r.path for r in server.requests), sorted("/p/%d" % n for n in range(12)),
                 hint="Each URL is fetched once.")


def check_a_failure_is_none():
    """A URL that can't be reached maps to None, and the others still work"""
    many = fresh_import("crawler.many")
    with serve_http({"/ok": html()}) as server:
        dead = dead_url("/nothing")
        statuses = run(many.fetch_all, [server.url_for("/ok"), dead], 2)
    expect_equal(statuses, {server.url_for("/ok"): 200, dead: None},
                 hint="Catch aiohttp.ClientError (and asyncio.TimeoutError) around one fetch "
                      "and give None for that URL, so one failure doesn't sink the gather.")


def check_one_at_a_time():
    """With concurrency=1 the requests never overlap"""
    many = fresh_import("crawler.many")
    tracker = InFlight(pause=0.05)
    with serve_http({"/p/*": tracker.slow(html())}) as server:
        urls = [server.url_for("/p/%d" % n) for n in range(4)]
        run(many.fetch_all, urls, 1)
    expect_equal(tracker.most, 1, hint="The semaphore's size is the limit.")
