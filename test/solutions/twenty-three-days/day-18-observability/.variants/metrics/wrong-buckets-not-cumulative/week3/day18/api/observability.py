"""Observability for the items API: structured logs, request ids, an access log,
metrics in Prometheus's text format, and a health check.

Each add_* function installs one piece on an app; create_app in main.py calls them
all. Replace each TODO with a real body, one milestone at a time.
"""
from __future__ import annotations

import json
import logging
import re
import sys
import time
import traceback
import uuid
from contextvars import ContextVar
from datetime import datetime, timezone
from typing import Callable, Dict, Optional, TextIO, Tuple

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, PlainTextResponse
from starlette.routing import Match

# The id of the request being handled, or "-" outside any request.
request_id_var: ContextVar[str] = ContextVar("request_id", default="-")

access_log = logging.getLogger("api.access")

# The attributes every LogRecord has; anything else on a record came from extra={...}.
_STANDARD = set(vars(logging.LogRecord("x", logging.INFO, "x", 1, "x", None, None))) | {"message", "asctime"}


def route_template(request: Request) -> str:
    """The route a request matched, as written in the app ("/items/{item_id}"),
    or "unmatched" when no route matched."""
    for route in request.app.router.routes:
        match, _ = route.matches(request.scope)
        if match == Match.FULL:
            return getattr(route, "path", "unmatched")
    return "unmatched"


# -- milestone "Logs a machine can read" --------------------------------------------------------

class JsonFormatter(logging.Formatter):
    """Formats each record as one line of JSON."""

    def format(self, record: logging.LogRecord) -> str:
        """Return a JSON object, on one line, with these keys:

        - "time": when the record was made, ISO 8601 in UTC (from record.created)
        - "level": record.levelname; "logger": record.name
        - "message": the message with its arguments filled in (record.getMessage())
        - "request_id": the value of request_id_var
        - every field passed with extra={...}, under its own name
        - "exception": the formatted traceback, only when the record has exc_info

        Values JSON cannot hold are written as their str().
        """
        entry = {
            "time": datetime.fromtimestamp(record.created, tz=timezone.utc).isoformat(),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            "request_id": request_id_var.get(),
        }
        for key, value in vars(record).items():
            if key not in _STANDARD and key not in entry:
                entry[key] = value
        if record.exc_info:
            entry["exception"] = "".join(traceback.format_exception(*record.exc_info))
        return json.dumps(entry, default=str)


def configure_logging(level: str = "INFO", stream: Optional[TextIO] = None) -> logging.Handler:
    """Send everything the "api" logger and its children log to ``stream``
    (sys.stderr by default) as JSON lines, from ``level`` up.

    Replace any handlers "api" had (so calling this twice never doubles the
    lines), stop its records from also reaching the root logger, and return
    the new handler.
    """
    logger = logging.getLogger("api")
    for old in list(logger.handlers):
        logger.removeHandler(old)
    handler = logging.StreamHandler(stream if stream is not None else sys.stderr)
    handler.setFormatter(JsonFormatter())
    logger.addHandler(handler)
    logger.setLevel(level)
    logger.propagate = False
    return handler


# -- milestone "One id per request" -------------------------------------------------------------

_SAFE_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


def add_request_id(app: FastAPI) -> None:
    """An HTTP middleware that gives every request an id.

    Use the X-Request-ID header of the request when it is 1 to 64 letters,
    digits, "-" or "_"; otherwise make a new one with uuid.uuid4().hex. Set
    request_id_var to it while the request is handled (and reset it after),
    and send it back in the X-Request-ID header of the response.
    """

    @app.middleware("http")
    async def request_id(request: Request, call_next):
        incoming = request.headers.get("x-request-id", "")
        current = incoming if _SAFE_ID.match(incoming) else uuid.uuid4().hex
        token = request_id_var.set(current)
        try:
            response = await call_next(request)
        finally:
            request_id_var.reset(token)
        response.headers["X-Request-ID"] = current
        return response


def outgoing_headers() -> Dict[str, str]:
    """Headers to send with a call to another service, so that its logs carry
    the same request id: {"X-Request-ID": <the current id>}, or {} outside a request."""
    current = request_id_var.get()
    return {} if current == "-" else {"X-Request-ID": current}


# -- milestone "An access log" ------------------------------------------------------------------

def add_access_log(app: FastAPI) -> None:
    """An HTTP middleware that logs one record per request on ``access_log``.

    The message is "request", with extra fields method, path, status and
    duration_ms (a float). Level INFO below 500, ERROR for 500 and above. An
    unhandled exception in a route is logged with status 500 and its
    traceback (exc_info), and answered with a JSON 500:
    {"detail": "Internal server error"}.
    """

    @app.middleware("http")
    async def log_requests(request: Request, call_next):
        started = time.perf_counter()
        failure = None
        try:
            response = await call_next(request)
        except Exception as error:
            failure = error
            response = JSONResponse({"detail": "Internal server error"}, status_code=500)
        fields = {"method": request.method, "path": request.url.path, "status": response.status_code,
                  "duration_ms": round((time.perf_counter() - started) * 1000, 3)}
        level = logging.ERROR if response.status_code >= 500 else logging.INFO
        exc_info = (type(failure), failure, failure.__traceback__) if failure else None
        access_log.log(level, "request", extra=fields, exc_info=exc_info)
        return response


# -- milestone "Metrics for Prometheus" ---------------------------------------------------------

BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5)


class Metrics:
    """Request counts and durations, written in Prometheus's text format."""

    def __init__(self) -> None:
        self.counts: Dict[Tuple[str, str, int], int] = {}        # (method, route, status) -> requests
        self.durations: Dict[str, list] = {}                     # route -> [bucket counts..., sum, count]

    def observe(self, method: str, route: str, status: int, seconds: float) -> None:
        """Count one request and its duration."""
        key = (method, route, status)
        self.counts[key] = self.counts.get(key, 0) + 1
        stats = self.durations.setdefault(route, [0] * len(BUCKETS) + [0.0, 0])
        for index, bound in enumerate(BUCKETS):
            if seconds <= bound:
                stats[index] += 1
                break

        stats[-2] += seconds
        stats[-1] += 1

    def render(self) -> str:
        """The metrics in Prometheus's text exposition format:

            # HELP http_requests_total Requests handled.
            # TYPE http_requests_total counter
            http_requests_total{method="GET",route="/items",status="200"} 3
            # HELP http_request_duration_seconds Time taken to answer.
            # TYPE http_request_duration_seconds histogram
            http_request_duration_seconds_bucket{route="/items",le="0.005"} 1
            ... one line per bound in BUCKETS, each counting the requests that took
            at most that long, then le="+Inf" with all of them ...
            http_request_duration_seconds_sum{route="/items"} 0.0123
            http_request_duration_seconds_count{route="/items"} 3

        Series sorted by their labels; the text ends with a newline.
        """
        lines = ["# HELP http_requests_total Requests handled.", "# TYPE http_requests_total counter"]
        for (method, route, status), count in sorted(self.counts.items()):
            lines.append('http_requests_total{method="%s",route="%s",status="%d"} %d' % (method, route, status, count))
        lines += ["# HELP http_request_duration_seconds Time taken to answer.",
                  "# TYPE http_request_duration_seconds histogram"]
        for route, stats in sorted(self.durations.items()):
            for bound, count in zip(BUCKETS, stats):
                lines.append('http_request_duration_seconds_bucket{route="%s",le="%s"} %d' % (route, bound, count))
            lines.append('http_request_duration_seconds_bucket{route="%s",le="+Inf"} %d' % (route, stats[-1]))
            lines.append('http_request_duration_seconds_sum{route="%s"} %s' % (route, repr(float(stats[-2]))))
            lines.append('http_request_duration_seconds_count{route="%s"} %d' % (route, stats[-1]))
        return "\n".join(lines) + "\n"


def add_metrics(app: FastAPI, metrics: Metrics) -> None:
    """Observe every request in ``metrics`` under its route template (so
    /items/1 and /items/2 both count as /items/{item_id}), and serve
    metrics.render() at GET /metrics as text/plain."""

    @app.get("/metrics", include_in_schema=False)
    def show_metrics() -> PlainTextResponse:
        return PlainTextResponse(metrics.render())

    @app.middleware("http")
    async def measure(request: Request, call_next):
        started = time.perf_counter()
        status = 500
        try:
            response = await call_next(request)
            status = response.status_code
            return response
        finally:
            metrics.observe(request.method, route_template(request), status, time.perf_counter() - started)


# -- milestone "Are you healthy?" ---------------------------------------------------------------

def add_health(app: FastAPI, checks: Dict[str, Callable[[], object]]) -> None:
    """GET /health runs every check and answers

        200 {"status": "ok", "checks": {"store": "ok", ...}}

    or, when any check raises or returns False,

        503 {"status": "fail", "checks": {"store": "ok", "db": "fail: <reason>"}}

    where the reason is str() of the exception, or "returned False".
    """

    @app.get("/health")
    def health() -> JSONResponse:
        results = {}
        for name, check in checks.items():
            try:
                ok = check() is not False
                reason = "returned False"
            except Exception as error:
                ok, reason = False, str(error)
            results[name] = "ok" if ok else "fail: " + reason
        healthy = all(value == "ok" for value in results.values())
        return JSONResponse({"status": "ok" if healthy else "fail", "checks": results},
                            status_code=200 if healthy else 503)
