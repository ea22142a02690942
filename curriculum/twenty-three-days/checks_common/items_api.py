"""Helpers for the day-12 checks of the items API (the learner's week2/day12/api package)."""
import logging

from pymastery import call, expect, expect_equal, fail

from .packages import import_from

ROOT = "week2/day12"


def app_client(**options):
    """A TestClient for a fresh app from the learner's create_app()."""
    from fastapi.testclient import TestClient

    app = call(import_from(ROOT, "api.main").create_app).value
    return TestClient(app, **options)


def send(client, method, url, **options):
    """One request; an exception in the learner's endpoint fails the check at its line."""
    return call(client.request, method, url, **options).value


def json_body(response):
    """The response's JSON body; a body that is not JSON fails the check."""
    try:
        return response.json()
    except ValueError:
        fail("%s answered %d with a body that is not JSON: %r" % (response.request.url.path, response.status_code, response.text[:200]),
             hint="Return a pydantic model, a dict or a list (or a JSONResponse) and FastAPI sends JSON.")


def create_item(client, name="lamp", price=10.0, tags=None):
    """POSTs a new item, expects 201 Created, and returns the created item's JSON."""
    body = {"name": name, "price": price}
    if tags is not None:
        body["tags"] = tags
    response = send(client, "POST", "/items", json=body)
    expect(response.status_code not in (404, 405), "POST /items answered %d: there is no such route yet." % response.status_code,
           hint="Inside create_app, add a function decorated with @app.post(\"/items\", ...).")
    expect_equal(response.status_code, 201,
                 hint="Creating succeeded, so answer 201 Created: status_code=201 in the @app.post decorator.")
    return json_body(response)


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


def client_with_failing_route(secret):
    """A learner app with one more route, added by the check, that fails with an unexpected error."""
    from fastapi.testclient import TestClient

    app = call(import_from(ROOT, "api.main").create_app).value

    def explode():
        raise RuntimeError(secret)

    app.add_api_route("/check-explodes", explode, methods=["GET"])
    return TestClient(app, raise_server_exceptions=False)
