"""Checks for the `error-middleware` milestone: unexpected errors become a clean 500."""
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


def check_unexpected_error_is_json_500():
    """an unhandled exception answers 500 with a JSON detail"""
    client = _client_with_failing_route("database password is hunter2")
    with Records():
        response = _send(client, "GET", "/check-explodes")
    expect_equal(response.status_code, 500, hint="An error nobody handled is the server's fault: 500.")
    body = _json(response)
    expect_equal(body, {"detail": "Internal server error"},
                 hint="In an @app.middleware(\"http\") function, wrap await call_next(request) in try/except Exception "
                      "and return JSONResponse({\"detail\": \"Internal server error\"}, status_code=500).")


def check_error_details_stay_private():
    """the client never sees the exception's message"""
    client = _client_with_failing_route("database password is hunter2")
    with Records():
        response = _send(client, "GET", "/check-explodes")
    expect("hunter2" not in response.text and "Traceback" not in response.text,
           "The 500 answer gives away the exception's message or traceback.",
           hint="Send a fixed, bland message. The details belong in the log, where only you can read them.")


def check_error_is_logged_with_traceback():
    """the error is logged at ERROR level with its traceback"""
    client = _client_with_failing_route("the real cause")
    with Records() as log:
        _send(client, "GET", "/check-explodes")
    errors = [r for r in log.records if r.levelno >= logging.ERROR]
    expect(errors, "Nothing was logged at ERROR level on the \"api\" logger.",
           hint="Call logger.exception(...) in the except block: it logs at ERROR and attaches the traceback.")
    expect(any(r.exc_info and r.exc_info[0] is RuntimeError for r in errors),
           "The ERROR record does not carry the exception and its traceback.",
           hint="logger.exception(...) (or logger.error(..., exc_info=True)) inside the except block records the traceback.")


def check_http_errors_pass_through():
    """HTTPExceptions and validation errors keep their own status"""
    client = _client_with_failing_route("x")
    with Records():
        missing = _send(client, "GET", "/items/404404")
        invalid = _send(client, "POST", "/items", json={"name": ""})
        fine = _send(client, "GET", "/items")
    expect_equal(missing.status_code, 404, hint="Catch only exceptions that reach your middleware; FastAPI turns HTTPException into its answer first.")
    expect_equal(invalid.status_code, 422, hint="Validation errors are the client's fault and stay 422.")
    expect_equal(fine.status_code, 200, hint="Requests that work must pass through the middleware untouched: return the response of call_next.")


def check_app_survives():
    """the app keeps serving after an error"""
    client = _client_with_failing_route("boom")
    with Records():
        _send(client, "GET", "/check-explodes")
        created = _send(client, "POST", "/items", json={"name": "after", "price": 1})
        _send(client, "GET", "/check-explodes")
        listing = _send(client, "GET", "/items")
    expect_equal(created.status_code, 201, hint="An error in one request must not break the next.")
    expect_equal([item.get("name") for item in _json(listing)], ["after"], hint="The store is unharmed by the failure.")
