"""Checks for the `error-middleware` milestone: unexpected errors become a clean 500."""
import logging

from pymastery import expect, expect_equal
from pymastery.track.items_api import Records, client_with_failing_route, json_body, send

def check_unexpected_error_is_json_500():
    """an unhandled exception answers 500 with a JSON detail"""
    client = client_with_failing_route("database password is hunter2")
    with Records():
        response = send(client, "GET", "/check-explodes")
    expect_equal(response.status_code, 500, hint="An error nobody handled is the server's fault: 500.")
    body = json_body(response)
    expect_equal(body, {"detail": "Internal server error"},
                 hint="In an @app.middleware(\"http\") function, wrap await call_next(request) in try/except Exception "
                      "and return JSONResponse({\"detail\": \"Internal server error\"}, status_code=500).")


def check_error_details_stay_private():
    """the client never sees the exception's message"""
    client = client_with_failing_route("database password is hunter2")
    with Records():
        response = send(client, "GET", "/check-explodes")
    expect("hunter2" not in response.text and "Traceback" not in response.text,
           "The 500 answer gives away the exception's message or traceback.",
           hint="Send a fixed, bland message. The details belong in the log, where only you can read them.")


def check_error_is_logged_with_traceback():
    """the error is logged at ERROR level with its traceback"""
    client = client_with_failing_route("the real cause")
    with Records() as log:
        send(client, "GET", "/check-explodes")
    errors = [r for r in log.records if r.levelno >= logging.ERROR]
    expect(errors, "Nothing was logged at ERROR level on the \"api\" logger.",
           hint="Call logger.exception(...) in the except block: it logs at ERROR and attaches the traceback.")
    expect(any(r.exc_info and r.exc_info[0] is RuntimeError for r in errors),
           "The ERROR record does not carry the exception and its traceback.",
           hint="logger.exception(...) (or logger.error(..., exc_info=True)) inside the except block records the traceback.")


def check_http_errors_pass_through():
    """HTTPExceptions and validation errors keep their own status"""
    client = client_with_failing_route("x")
    with Records():
        missing = send(client, "GET", "/items/404404")
        invalid = send(client, "POST", "/items", json={"name": ""})
        fine = send(client, "GET", "/items")
    expect_equal(missing.status_code, 404, hint="Catch only exceptions that reach your middleware; FastAPI turns HTTPException into its answer first.")
    expect_equal(invalid.status_code, 422, hint="Validation errors are the client's fault and stay 422.")
    expect_equal(fine.status_code, 200, hint="Requests that work must pass through the middleware untouched: return the response of call_next.")


def check_app_survives():
    """the app keeps serving after an error"""
    client = client_with_failing_route("boom")
    with Records():
        send(client, "GET", "/check-explodes")
        created = send(client, "POST", "/items", json={"name": "after", "price": 1})
        send(client, "GET", "/check-explodes")
        listing = send(client, "GET", "/items")
    expect_equal(created.status_code, 201, hint="An error in one request must not break the next.")
    expect_equal([item.get("name") for item in json_body(listing)], ["after"], hint="The store is unharmed by the failure.")
