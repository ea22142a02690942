"""A small HTTP server on 127.0.0.1 for checks of code that talks to the network.

The server listens on the loopback address only, on a free port the system picks, answers from
canned routes, records every request it gets, and is always stopped: when its `with` block ends,
else when the check ends. It runs on threads of its own, so the learner's code can call it
while the check waits.
"""
from __future__ import annotations

import os

from ._failures import CheckError, short_repr
from ._session import active_check, real_time
from ._stdlib import import_stdlib

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Dict, List, Optional

LOOPBACK = "127.0.0.1"
_NO_PROXY_NAMES = ("NO_PROXY", "no_proxy")
_REASONS = {200: "OK", 201: "Created", 204: "No Content", 301: "Moved Permanently",
            302: "Found", 304: "Not Modified", 400: "Bad Request", 401: "Unauthorized",
            403: "Forbidden", 404: "Not Found", 405: "Method Not Allowed", 409: "Conflict",
            429: "Too Many Requests", 500: "Internal Server Error", 502: "Bad Gateway",
            503: "Service Unavailable", 504: "Gateway Timeout"}


class Response:
    """A canned answer: a body (text, bytes, or a dict/list sent as JSON), a status, headers,
    and an optional delay in seconds before it is sent."""

    def __init__(self, body: object = b"", status: int = 200,
                 headers: Optional[Dict[str, str]] = None, delay: float = 0.0) -> None:
        self.body = body
        self.status = int(status)
        self.headers = dict(headers or {})
        self.delay = float(delay)

    def __repr__(self) -> str:
        return "Response(%s, status=%d)" % (short_repr(self.body, 60), self.status)

    def encoded(self) -> tuple:
        """(body bytes, default content type)."""
        body = self.body
        if isinstance(body, (bytes, bytearray)):
            return bytes(body), "application/octet-stream"
        if isinstance(body, str):
            return body.encode("utf-8"), "text/plain; charset=utf-8"
        if isinstance(body, (dict, list)):
            json = import_stdlib("json")
            return json.dumps(body).encode("utf-8"), "application/json"
        if body is None:
            return b"", "text/plain; charset=utf-8"
        raise CheckError("a response body must be str, bytes, a dict or a list, not %s"
                         % type(body).__name__)


class Request:
    """One request the server got."""

    def __init__(self, method: str, target: str, headers: List[tuple], body: bytes) -> None:
        parse = import_stdlib("urllib.parse")
        parts = parse.urlsplit(target)
        #: "GET", "POST", …
        self.method = method
        #: The path without the query: "/items".
        self.path = parts.path
        #: The query string as sent, without "?": "page=2&q=tea".
        self.query = parts.query
        #: The query's values by name (the first value of each): {"page": "2", "q": "tea"}.
        self.params = {name: values[0] for name, values in
                       parse.parse_qs(parts.query, keep_blank_values=True).items()}
        #: The headers by name, as sent.
        self.headers = dict(headers)
        #: The body, as bytes.
        self.body = body

    def header(self, name: str, default: Optional[str] = None) -> Optional[str]:
        """A header's value, whatever the case of its name."""
        wanted = name.lower()
        for key, value in self.headers.items():
            if key.lower() == wanted:
                return value
        return default

    @property
    def text(self) -> str:
        """The body as UTF-8 text."""
        return self.body.decode("utf-8", "replace")

    def json(self) -> Any:
        """The body read as JSON."""
        return import_stdlib("json").loads(self.text)

    def __repr__(self) -> str:
        query = "?" + self.query if self.query else ""
        return "Request(%s %s%s)" % (self.method, self.path, query)


def _as_response(value: object) -> Response:
    if isinstance(value, Response):
        return value
    if isinstance(value, bool):
        raise CheckError("a route can't answer with a bool")
    if isinstance(value, int):
        return Response(_REASONS.get(value, "status %d" % value), status=value)
    return Response(value)


class _Route:
    """What one route answers: a fixed value, a function of the request, or a list of
    `Response`s given one per request (the last one repeats)."""

    def __init__(self, answer: object) -> None:
        self.answers = None
        self.answer = answer
        if isinstance(answer, list) and answer and all(isinstance(a, Response) for a in answer):
            self.answers = list(answer)

    def respond(self, request: Request) -> Response:
        if self.answers is not None:
            return self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        if callable(self.answer) and not isinstance(self.answer, type):
            return _as_response(self.answer(request))
        return _as_response(self.answer)


class HttpServer:
    """A running loopback server: `url` ("http://127.0.0.1:<port>"), `port`, and `requests`,
    the requests it got, oldest first."""

    def __init__(self, routes: Dict[str, object]) -> None:
        self._routes: Dict[tuple, _Route] = {}
        for key, answer in routes.items():
            if not isinstance(key, str) or not key.strip():
                raise CheckError("route keys are \"/path\" or \"METHOD /path\", not %r" % (key,))
            method, _, path = key.strip().rpartition(" ")
            if not path.startswith("/"):
                raise CheckError("the route %r must name a path starting with /" % key)
            self._routes[(method.strip().upper() or None, path)] = _Route(answer)
        #: The requests the server got, oldest first.
        self.requests: List[Request] = []
        #: Exceptions raised by route functions (each was answered with status 500).
        self.errors: List[BaseException] = []
        threading = import_stdlib("threading")
        self._lock = threading.Lock()
        self._server = _make_server(self)
        self.host = LOOPBACK
        self.port = self._server.server_address[1]
        self.url = "http://%s:%d" % (LOOPBACK, self.port)
        self._saved_no_proxy = {name: os.environ.get(name) for name in _NO_PROXY_NAMES}
        for name in _NO_PROXY_NAMES:  # a proxy set in the environment must not get these calls
            current = self._saved_no_proxy[name]
            os.environ[name] = LOOPBACK + ",localhost" + ("," + current if current else "")
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,),
                                        name="pymastery-http", daemon=True)
        self._thread.start()
        self._stopped = False

    def url_for(self, path: str = "/") -> str:
        """The full URL of a path on this server."""
        return self.url + (path if path.startswith("/") else "/" + path)

    def route_for(self, method: str, path: str) -> Optional[_Route]:
        for key in ((method, path), (None, path)):
            if key in self._routes:
                return self._routes[key]
        best = None
        for (wanted, pattern), route in self._routes.items():
            if (pattern.endswith("*") and path.startswith(pattern[:-1])
                    and wanted in (None, method)
                    and (best is None or len(pattern) > len(best[0]))):
                best = (pattern, route)
        return best[1] if best is not None else None

    def record(self, request: Request) -> None:
        with self._lock:
            self.requests.append(request)

    def stop(self) -> None:
        """Stops the server (called for you when its `with` block or the check ends)."""
        if self._stopped:
            return
        self._stopped = True
        try:
            self._server.shutdown()
            self._server.server_close()
            self._thread.join(2.0)
        finally:
            for name, value in self._saved_no_proxy.items():
                if value is None:
                    os.environ.pop(name, None)
                else:
                    os.environ[name] = value

    def __enter__(self) -> HttpServer:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def __repr__(self) -> str:
        return "HttpServer(%s, %d requests)" % (self.url, len(self.requests))


def _make_server(owner: HttpServer) -> object:
    server_module = import_stdlib("http.server")
    sleep = real_time["sleep"]

    class Handler(server_module.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.0"
        server_version = "pymastery-test-server"
        sys_version = ""

        def log_message(self, format: str, *args: object) -> None:
            pass

        def _answer(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length > 0 else b""
            request = Request(self.command, self.path, list(self.headers.items()), body)
            owner.record(request)
            route = owner.route_for(self.command, request.path)
            try:
                if route is None:
                    response = Response("no route for %s %s" % (self.command, request.path),
                                        status=404)
                else:
                    response = route.respond(request)
                data, content_type = response.encoded()
            except BaseException as error:
                owner.errors.append(error)
                response = Response(status=500)
                data, content_type = ("the check's route failed: %s: %s" % (
                    type(error).__name__, error)).encode("utf-8"), "text/plain; charset=utf-8"
            if response.delay > 0:
                sleep(response.delay)
            self.send_response(response.status, _REASONS.get(response.status))
            names = {name.lower() for name in response.headers}
            if "content-type" not in names:
                self.send_header("Content-Type", content_type)
            if "content-length" not in names:
                self.send_header("Content-Length", str(len(data)))
            for name, value in response.headers.items():
                self.send_header(name, str(value))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(data)

        do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = _answer

    class Server(server_module.ThreadingHTTPServer):
        daemon_threads = True
        allow_reuse_address = False

        def handle_error(self, request: object, client_address: object) -> None:
            pass  # a client that hangs up early is the learner's business, not a crash

    return Server((LOOPBACK, 0), Handler)


def serve_http(routes: Optional[Dict[str, object]] = None) -> HttpServer:
    """Starts an HTTP server on 127.0.0.1 (a free port) that answers from `routes`.

    `routes` maps "/path" (any method) or "METHOD /path" ("/files/*" for a prefix) to what to
    answer: text, bytes, a dict or list (sent as JSON), a status code, a `Response`, a function
    that takes the `Request` and returns one of these, or a list of `Response`s given one per
    request (the last one repeats). Other paths get 404. Use it in a `with` block; it is
    stopped when the check ends in any case.
    """
    check = active_check()
    if routes is not None and not isinstance(routes, dict):
        raise CheckError("serve_http() takes a dict of routes, not %s" % type(routes).__name__)
    server = HttpServer(routes or {})
    check.cleanups.append(server.stop)
    return server
