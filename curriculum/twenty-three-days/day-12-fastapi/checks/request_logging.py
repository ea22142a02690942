"""Checks for the `request-logging` milestone: one log line per request."""
import logging
import re

from pymastery import expect, expect_equal
from pymastery.track.items_api import Records, app_client, client_with_failing_route, send

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
    client = app_client()
    with Records() as log:
        send(client, "GET", "/items")
        send(client, "POST", "/items", json={"name": "lamp", "price": 2})
        send(client, "GET", "/items/1")
    records = _access_records(log)
    expect_equal(len(records), 3,
                 hint="Add an @app.middleware(\"http\") function that calls access_log.info(...) once after await call_next(request).")


def check_line_says_what_happened():
    """the line names the method, the path and the status"""
    client = app_client()
    with Records() as log:
        send(client, "POST", "/items", json={"name": "lamp", "price": 2})
        send(client, "GET", "/items/77")
        send(client, "DELETE", "/items/1")
    records = _access_records(log)
    for method, path, status in (("POST", "/items", 201), ("GET", "/items/77", 404), ("DELETE", "/items/1", 204)):
        expect(_find(records, method, path, status) is not None,
               "No log line reads like \"%s %s %d ...\"; the lines were: %r" % (method, path, status, [r.getMessage() for r in records]),
               hint="Log request.method, request.url.path and response.status_code as separate words.")


def check_line_has_duration():
    """the line gives the time taken in milliseconds"""
    client = app_client()
    with Records() as log:
        send(client, "GET", "/items")
    records = _access_records(log)
    expect(records and DURATION.search(records[0].getMessage()),
           "The log line should end with the time taken, such as \"1.7ms\": got %r." % ([r.getMessage() for r in records],),
           hint="Take time.perf_counter() before call_next and after it; the difference times 1000 is milliseconds.")


def check_query_string_not_in_path():
    """the path is logged without its query string"""
    client = app_client()
    with Records() as log:
        send(client, "GET", "/items", params={"tag": "secret-token"})
    records = _access_records(log)
    expect(records and _find(records, "GET", "/items", 200) is not None
           and not any("secret-token" in r.getMessage() for r in records),
           "A request to /items?tag=... should be logged with the path /items and no query string.",
           hint="request.url.path is the path alone; query strings can hold things that do not belong in logs.")


def check_failures_are_logged_too():
    """a request that fails with an unexpected error is logged with 500"""
    client = client_with_failing_route("boom")
    with Records() as log:
        send(client, "GET", "/check-explodes")
    records = _access_records(log)
    expect(_find(records, "GET", "/check-explodes", 500) is not None,
           "A request that ended in an unhandled error was not logged as a 500 (lines: %r)." % ([r.getMessage() for r in records],),
           hint="Middleware added later wraps the earlier ones. Define the logging middleware after the error one, "
                "so it sees the 500 answer the error middleware made.")
