"""Checks for the `request-logging` milestone: one log line per request."""
import importlib
import logging
import sys

from pymastery import call, capture, expect, expect_equal, fail, learner_path

ROOT = "week2/day12"


def _import(name):
    """A module of the learner's api package, imported as `uvicorn api.main:app` would."""
    root = learner_path(ROOT)
    if root not in sys.path:
        sys.path.insert(0, root)
    importlib.invalidate_caches()
    return call(importlib.import_module, name).value


def _client(**options):
    """A TestClient for a fresh app from the learner's create_app()."""
    from fastapi.testclient import TestClient

    app = call(_import("api.main").create_app).value
    return TestClient(app, **options)


def _send(client, method, url, **options):
    """One request; an exception in the learner's endpoint fails the check at its line."""
    return call(client.request, method, url, **options).value


def _json(response):
    try:
        return response.json()
    except ValueError:
        fail("%s answered %d with a body that is not JSON: %r" % (response.request.url.path, response.status_code, response.text[:200]),
             hint="Return a pydantic model, a dict or a list (or a JSONResponse) and FastAPI sends JSON.")


def _create(client, name="lamp", price=10.0, tags=None):
    body = {"name": name, "price": price}
    if tags is not None:
        body["tags"] = tags
    response = _send(client, "POST", "/items", json=body)
    expect(response.status_code not in (404, 405), "POST /items answered %d: there is no such route yet." % response.status_code,
           hint="Inside create_app, add a function decorated with @app.post(\"/items\", ...).")
    expect_equal(response.status_code, 201,
                 hint="Creating succeeded, so answer 201 Created: status_code=201 in the @app.post decorator.")
    return _json(response)


class Records(logging.Handler):
    """Collects the log records of the `api` logger and its children during one check."""

    def __init__(self):
        super().__init__(logging.DEBUG)
        self.records = []

    def emit(self, record):
        self.records.append(record)

    def __enter__(self):
        self.logger = logging.getLogger("api")
        self.saved_level = self.logger.level
        self.logger.setLevel(logging.DEBUG)
        self.logger.addHandler(self)
        return self

    def __exit__(self, *exc):
        self.logger.removeHandler(self)
        self.logger.setLevel(self.saved_level)


def _client_with_failing_route(secret):
    """A learner app with one more route, added by the check, that fails with an unexpected error."""
    from fastapi.testclient import TestClient

    app = call(_import("api.main").create_app).value

    def explode():
        raise RuntimeError(secret)

    app.add_api_route("/check-explodes", explode, methods=["GET"])
    return TestClient(app, raise_server_exceptions=False)
import re

DURATION = re.compile(r"\d+(\.\d+)?\s*ms\b|ms\W*[:=]\s*\d")
TOKEN = re.compile(r"/[\w/.~-]*|[A-Za-z]+|\d+")


def _access_records(log):
    return [r for r in log.records if r.name == "api.requests" and r.levelno == logging.INFO]


def _find(records, method, path, status):
    for record in records:
        words = TOKEN.findall(record.getMessage())
        if method in words and path in words and str(status) in words:
            return record
    return None


def check_one_line_per_request():
    """every request is logged once on api.requests at INFO"""
    client = _client()
    with Records() as log:
        _send(client, "GET", "/items")
        _send(client, "POST", "/items", json={"name": "lamp", "price": 2})
        _send(client, "GET", "/items/1")
    records = _access_records(log)
    expect_equal(len(records), 3,
                 hint="Add an @app.middleware(\"http\") function that calls access_log.info(...) once after await call_next(request).")


def check_line_says_what_happened():
    """the line names the method, the path and the status"""
    client = _client()
    with Records() as log:
        _send(client, "POST", "/items", json={"name": "lamp", "price": 2})
        _send(client, "GET", "/items/77")
        _send(client, "DELETE", "/items/1")
    records = _access_records(log)
    for method, path, status in (("POST", "/items", 201), ("GET", "/items/77", 404), ("DELETE", "/items/1", 204)):
        expect(_find(records, method, path, status) is not None,
               "No log line reads like \"%s %s %d ...\"; the lines were: %r" % (method, path, status, [r.getMessage() for r in records]),
               hint="Log request.method, request.url.path and response.status_code as separate words.")


def check_line_has_duration():
    """the line gives the time taken in milliseconds"""
    client = _client()
    with Records() as log:
        _send(client, "GET", "/items")
    records = _access_records(log)
    expect(records and DURATION.search(records[0].getMessage()),
           "The log line should end with the time taken, such as \"1.7ms\": got %r." % ([r.getMessage() for r in records],),
           hint="Take time.perf_counter() before call_next and after it; the difference times 1000 is milliseconds.")


def check_query_string_not_in_path():
    """the path is logged without its query string"""
    client = _client()
    with Records() as log:
        _send(client, "GET", "/items", params={"tag": "secret-token"})
    records = _access_records(log)
    expect(records and _find(records, "GET", "/items", 200) is not None
           and not any("secret-token" in r.getMessage() for r in records),
           "A request to /items?tag=... should be logged with the path /items and no query string.",
           hint="request.url.path is the path alone; query strings can hold things that do not belong in logs.")


def check_failures_are_logged_too():
    """a request that fails with an unexpected error is logged with 500"""
    client = _client_with_failing_route("boom")
    with Records() as log:
        _send(client, "GET", "/check-explodes")
    records = _access_records(log)
    expect(_find(records, "GET", "/check-explodes", 500) is not None,
           "A request that ended in an unhandled error was not logged as a 500 (lines: %r)." % ([r.getMessage() for r in records],),
           hint="Middleware added later wraps the earlier ones. Define the logging middleware after the error one, "
                "so it sees the 500 answer the error middleware made.")
