"""Checks for the `crawler-workers` milestone (week7/crawler/coordinator.py)."""
import asyncio
import threading
import time

from pymastery import call, expect, expect_equal, learner_module, serve_http


class _Pages:
    """Answers /p/<n> with a small page after a pause, counting requests in flight."""

    def __init__(self, seconds=0.1):
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
        n = request.path.rsplit("/", 1)[-1]
        return "<html><head><title> Page %s </title></head><body>%s</body></html>" % (n, "x" * int(n))


def _crawl(module, urls, workers):
    return call(lambda: asyncio.run(module.crawl(urls, workers))).value


def check_records_each_page():
    """each URL gets a record with url, status, title, size and worker, in the order given"""
    module = learner_module()
    with serve_http({"/p/*": _Pages(0.01)}) as server:
        urls = [server.url_for("/p/%d" % n) for n in (3, 1, 2)]
        result = _crawl(module, urls, 2)
    expect_equal([r.get("url") for r in result], urls,
                 hint="Keep each URL's index with it in the queue and put its record there.")
    first = result[0]
    expect_equal((first.get("status"), first.get("title"), first.get("size")),
                 (200, "Page 3", len("<html><head><title> Page 3 </title></head><body>xxx</body></html>")),
                 hint="status is response.status, title the stripped text of <title>, size "
                      "len() of the body's bytes.")


def check_workers_share_the_queue():
    """3 workers fetch 12 slow pages: each once, never more than 3 at a time, all 3 busy"""
    module = learner_module()
    route = _Pages(0.1)
    with serve_http({"/p/*": route}) as server:
        urls = [server.url_for("/p/%d" % n) for n in range(12)]
        result = _crawl(module, urls, 3)
        fetched = sorted(request.path for request in server.requests)
    expect_equal(fetched, sorted("/p/%d" % n for n in range(12)),
                 hint="Each URL goes into the queue once and is taken by exactly one worker.")
    expect(route.most <= 3, f"{route.most} requests were in flight with 3 workers",
           hint="Start exactly `workers` tasks; each takes one URL at a time from the queue.")
    expect_equal(route.most, 3, hint="The workers ran one after another: start them together "
                                     "with asyncio.gather.")
    expect_equal(sorted({r.get("worker") for r in result}), [0, 1, 2],
                 hint="Give each worker its number and put it in the records it makes.")


def check_failures_are_recorded():
    """a refused connection gives status None and size 0, and the crawl goes on"""
    module = learner_module()
    with serve_http({"/p/*": _Pages(0.01), "/missing": 404}) as server:
        urls = [server.url_for("/p/1"), "http://127.0.0.1:%d/p/1" % server.port,
                server.url_for("/missing")]
    # the server has stopped: every URL now fails to connect
    result = _crawl(module, urls, 2)
    expect_equal([(r.get("status"), r.get("size"), r.get("title")) for r in result],
                 [(None, 0, None)] * 3,
                 hint="Catch aiohttp.ClientError for one URL and still make its record.")
    with serve_http({"/missing": 404}) as server:
        result = _crawl(module, [server.url_for("/missing")], 1)
    expect_equal(result[0].get("status"), 404, hint="A 404 page is still a record with its status.")
