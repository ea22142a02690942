"""Milestone: fetch many pages at once, at most `limit` at a time (scraper/concurrent.py, fetch_all)."""
import asyncio
import threading
import time

from pymastery import Response, expect, expect_equal, learner_module, serve_http


class _Counter:
    """Counts the requests the server is answering at the same moment."""

    def __init__(self):
        self.lock = threading.Lock()
        self.now = 0
        self.most = 0

    def route(self, request):
        with self.lock:
            self.now += 1
            self.most = max(self.most, self.now)
        time.sleep(0.25)
        with self.lock:
            self.now -= 1
        return "page %s" % request.params.get("n")


def _fetch_all(urls, **options):
    concurrent = learner_module()
    outcome = asyncio.run(concurrent.fetch_all(urls, **options))
    return outcome


def check_fetches_every_page():
    """fetch_all() returns each URL's text"""
    with serve_http({"/p": lambda request: "page %s" % request.params.get("n")}) as server:
        urls = [server.url_for("/p?n=%d" % n) for n in range(5)]
        bodies = _fetch_all(urls)
    expect_equal(bodies, {url: "page %d" % n for n, url in enumerate(urls)},
                 hint="Return a dict from each URL to `await response.text()`.")
    agents = {request.header("User-Agent") for request in server.requests}
    expect_equal(agents, {learner_module("scraper/fetch.py").USER_AGENT},
                 hint="Give the ClientSession headers={'User-Agent': USER_AGENT}.")


def check_runs_at_most_limit_at_once():
    """Requests overlap, but never more than `limit` at a time"""
    counter = _Counter()
    with serve_http({"/slow": counter.route}) as server:
        urls = [server.url_for("/slow?n=%d" % n) for n in range(8)]
        started = time.monotonic()
        bodies = _fetch_all(urls, limit=3)
        took = time.monotonic() - started
    expect_equal(len([b for b in bodies.values() if b]), 8)
    expect(counter.most > 1, "the requests never overlapped: each one waited for the one "
           "before", hint="Start them all with asyncio.gather(); awaiting each in a for loop "
                          "runs them one after another.")
    expect(counter.most <= 3, f"the server was answering {counter.most} requests at once, "
           "with limit=3", hint="Wrap each request in `async with semaphore:` where "
                               "semaphore = asyncio.Semaphore(limit).")
    expect(took < 8 * 0.25, f"8 requests of 0.25 s took {took:.2f} s, no faster than one by one")


def check_a_failure_does_not_stop_the_rest():
    """A page that fails gives None; the others still arrive"""
    routes = {"/ok": "fine", "/broken": Response("no", status=500), "/missing": 404}
    with serve_http(routes) as server:
        urls = [server.url_for(path) for path in ("/ok", "/broken", "/missing")]
        bodies = _fetch_all(urls)
    expect_equal(bodies, {urls[0]: "fine", urls[1]: None, urls[2]: None},
                 hint="Check response.status inside each task and return None for anything but "
                      "200, and catch aiohttp.ClientError there too, so gather() never sees it.")
