"""Checks for the `access-log` milestone: add_access_log in week3/day18/api/observability.py."""
import logging
import time

from pymastery import expect, expect_equal, fail
from pymastery.track.observed_api import Records, client, main, send


def _app(secret="tables are made of wood"):
    app = main().create_app()

    def slow():
        time.sleep(0.06)
        return {"ok": True}

    def explode():
        raise RuntimeError(secret)

    app.add_api_route("/check-slow", slow, methods=["GET"])
    app.add_api_route("/check-explodes", explode, methods=["GET"])
    return app


def _access(records):
    found = records.named("api.access")
    if not found:
        fail("Nothing was logged on the \"api.access\" logger.",
             hint="In the middleware, after await call_next(request), call access_log.info(\"request\", extra={...}).")
    return found


def check_one_record_per_request():
    """each request logs method, path, status and duration_ms on api.access"""
    test_client = client(_app())
    with Records() as records:
        send(test_client, "POST", "/items", json={"name": "lamp", "price": 5})
        send(test_client, "GET", "/items/77")
        send(test_client, "GET", "/check-slow")
    found = _access(records)
    expect_equal(len(found), 3, hint="One record per request, written after the response is ready.")
    fields = [(r.__dict__.get("method"), r.__dict__.get("path"), r.__dict__.get("status")) for r in found]
    expect_equal(fields, [("POST", "/items", 201), ("GET", "/items/77", 404), ("GET", "/check-slow", 200)],
                 hint="Pass extra={\"method\": request.method, \"path\": request.url.path, \"status\": "
                      "response.status_code, \"duration_ms\": ...}.")
    expect_equal([r.levelname for r in found], ["INFO", "INFO", "INFO"], hint="Below 500, log at INFO.")
    duration = found[2].__dict__.get("duration_ms")
    expect(isinstance(duration, float) and duration >= 50,
           "A request that took 60 ms was logged with duration_ms=%r." % (duration,),
           hint="time.perf_counter() before call_next and after it; multiply the difference by 1000.")


def check_unhandled_errors():
    """an unhandled exception is answered with a bland JSON 500 and logged with its traceback"""
    test_client = client(_app("the secret recipe"), raise_server_exceptions=False)
    with Records() as records:
        response = send(test_client, "GET", "/check-explodes")
    expect_equal(response.status_code, 500)
    try:
        body = response.json()
    except ValueError:
        body = response.text
    expect_equal(body, {"detail": "Internal server error"},
                 hint="Catch Exception around await call_next(request) and return JSONResponse({...}, status_code=500).")
    expect("the secret recipe" not in response.text, "The answer shows the exception's message to the client.")
    found = [r for r in _access(records) if r.__dict__.get("path") == "/check-explodes"]
    expect_equal(len(found), 1, hint="Log the failed request too, once.")
    record = found[0]
    expect_equal((record.levelname, record.__dict__.get("status")), ("ERROR", 500),
                 hint="Log 500 answers at ERROR level, with status 500.")
    expect(record.exc_info is not None and isinstance(record.exc_info[1], RuntimeError),
           "The ERROR record of the failed request carries no traceback.",
           hint="Pass exc_info=(type(error), error, error.__traceback__), or log inside the except block with "
                "exc_info=True.")
