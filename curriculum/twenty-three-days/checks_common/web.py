"""A small web site on 127.0.0.1 for the day-11 checks, which watch how the learner's
asynchronous code fetches from it: how often each page is asked for, when, and how many
requests are in flight at once."""
import asyncio
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from pymastery import call


class Site:
    """A small web site on 127.0.0.1, started by the check and stopped after it.

    `routes` maps a path to a function of the hit number (1 for the first request to
    that path) returning (status, html, delay in seconds). Unknown paths are 404s.
    """

    def __init__(self, routes):
        self.routes = routes
        self.hits = {}
        self.times = []
        self.active = 0
        self.peak = 0
        self.lock = threading.Lock()
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                site._serve(self)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    def url(self, path):
        return "http://127.0.0.1:%d%s" % (self.server.server_address[1], path)

    def total_hits(self):
        with self.lock:
            return sum(self.hits.values())

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()

    def _serve(self, handler):
        path = handler.path
        with self.lock:
            number = self.hits[path] = self.hits.get(path, 0) + 1
            self.times.append((path, time.monotonic()))
            self.active += 1
            self.peak = max(self.peak, self.active)
        try:
            route = self.routes.get(path)
            status, html, delay = route(number) if route else (404, "<title>Not found</title>", 0)
            if delay:
                time.sleep(delay)
            data = html.encode("utf-8")
            handler.send_response(status)
            handler.send_header("Content-Type", "text/html; charset=utf-8")
            handler.send_header("Content-Length", str(len(data)))
            handler.end_headers()
            handler.wfile.write(data)
        except OSError:
            pass
        finally:
            with self.lock:
                self.active -= 1


def page(title, *links, status=200, delay=0):
    """A route answering every request with the same page."""
    html = "<html><head><title>%s</title></head><body>%s</body></html>" % (
        title, "".join('<a href="%s">%s</a>' % (link, link) for link in links))
    return lambda number: (status, html, delay)


def closed_port_url():
    """A URL on 127.0.0.1 where nothing listens."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return "http://127.0.0.1:%d/" % port


def run_async(scenario):
    """Runs the check's own coroutine function (which calls the learner's code) to completion."""
    return call(asyncio.run, scenario()).value
