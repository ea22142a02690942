"""Helpers for the checks of project 8 (the learner's crawler/ package): HTML answers, a
route that counts how many requests are in flight at once, and a free port nobody listens on."""
import asyncio
import socket
import threading
import time

from pymastery import Response, call, fail


def html(*hrefs, body=""):
    """An HTML page (a Response with Content-Type text/html) linking to `hrefs`."""
    links = "".join('<a href="%s">link %d</a>\n' % (href, n) for n, href in enumerate(hrefs))
    page = "<!doctype html><html><body>%s\n%s</body></html>" % (body, links)
    return Response(page, headers={"Content-Type": "text/html; charset=utf-8"})


class InFlight:
    """Wraps answers so that each takes `pause` seconds and the most requests handled at the
    same moment is recorded in `.most`."""

    def __init__(self, pause=0.15):
        self.pause = pause
        self.lock = threading.Lock()
        self.now = 0
        self.most = 0

    def slow(self, answer):
        def route(request):
            with self.lock:
                self.now += 1
                self.most = max(self.most, self.now)
            try:
                time.sleep(self.pause)
            finally:
                with self.lock:
                    self.now -= 1
            return answer

        return route


def hits(server):
    """{path: how many GET requests it got}."""
    counts = {}
    for request in server.requests:
        counts[request.path] = counts.get(request.path, 0) + 1
    return counts


def dead_url(path="/"):
    """A URL on 127.0.0.1 at a port nothing listens on (connecting is refused at once)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return "http://127.0.0.1:%d%s" % (port, path)


def run(coroutine_function, *args, limit=8.0, hint=None, **kwargs):
    """Runs the learner's coroutine function with asyncio.run and returns what it returned.

    A call that hasn't returned after `limit` seconds is cancelled and fails the check."""
    name = getattr(coroutine_function, "__name__", "the coroutine")

    async def main():
        try:
            return await asyncio.wait_for(coroutine_function(*args, **kwargs), limit)
        except asyncio.TimeoutError:
            return _STUCK

    value = call(asyncio.run, main()).value
    if value is _STUCK:
        fail("%s() had not returned after %g seconds, so the check stopped it" % (name, limit),
             hint=hint or "Something is waiting forever: an await that nothing will ever "
                          "wake up, such as queue.join() with a task_done() missing.")
    return value


_STUCK = object()
