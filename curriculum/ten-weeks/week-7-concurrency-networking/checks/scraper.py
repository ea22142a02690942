"""Checks for the `async-scraper` milestone (week7/scraper.py)."""
import threading
import time

from pymastery import Response, call, expect, expect_equal, learner_module, serve_http


class _InFlight:
    """A route that counts the requests the server is answering at the same moment."""

    def __init__(self, seconds=0.15):
        self.seconds = seconds
        self.lock = threading.Lock()
        self.now = 0
        self.most = 0

    def __call__(self, request):
        with self.lock:
            self.now += 1
            self.most = max(self.most, self.now)
        time.sleep(self.seconds)
        with self.lock:
            self.now -= 1
        return "page " + request.path.rsplit("/", 1)[-1]


def check_fetches_every_page():
    """every URL maps to its page's text"""
    module = learner_module()
    with serve_http({"/page/*": _InFlight(0.01)}) as server:
        urls = [server.url_for("/page/%d" % n) for n in range(5)]
        result = call(module.scrape, urls, 2).value
    expect_equal(result, {url: "page %d" % n for n, url in enumerate(urls)},
                 hint="Return a dict from each URL to `await response.text()`.")


def check_limit_is_respected():
    """with limit=3 and 9 slow pages, the server never answers more than 3 at once"""
    module = learner_module()
    route = _InFlight()
    with serve_http({"/page/*": route}) as server:
        urls = [server.url_for("/page/%d" % n) for n in range(9)]
        call(module.scrape, urls, 3)
        expect_equal(len(server.requests), 9)
    expect(route.most <= 3, f"the server was answering {route.most} requests at once with limit=3",
           hint="Make one asyncio.Semaphore(limit) and hold it with `async with` around each "
                "request.")
    expect_equal(route.most, 3, hint="The requests ran one after another: start them all "
                                     "together with asyncio.gather and let the semaphore hold "
                                     "back the extra ones.")


def check_errors_become_none():
    """a 404 and an unreachable port map to None, and the other pages still arrive"""
    module = learner_module()
    with serve_http({"/ok": "fine", "/gone": Response("no", status=404)}) as server:
        dead = "http://127.0.0.1:%d/x" % server.port
        urls = [server.url_for("/ok"), server.url_for("/gone")]
        result = call(module.scrape, urls, 2).value
    expect_equal(result, {urls[0]: "fine", urls[1]: None},
                 hint="Look at response.status: 400 or more gives None.")
    result = call(module.scrape, [dead], 1).value
    expect_equal(result, {dead: None},
                 hint="Catch aiohttp.ClientError (a refused connection is one) and give None.")
