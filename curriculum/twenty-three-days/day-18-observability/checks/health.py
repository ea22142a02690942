"""Checks for the `health` milestone: add_health in week3/day18/api/observability.py."""
from pymastery import call, expect_equal
from pymastery.track.observed_api import client, main, send


def _health(checks):
    app = call(main().create_app, checks).value
    response = send(client(app), "GET", "/health")
    try:
        return response.status_code, response.json()
    except ValueError:
        return response.status_code, response.text


def check_healthy():
    """every check passing gives 200 and "ok" for each"""
    status, body = _health({"store": lambda: True, "cache": lambda: None})
    expect_equal(status, 200, hint="Add a GET /health route in add_health.")
    expect_equal(body, {"status": "ok", "checks": {"store": "ok", "cache": "ok"}},
                 hint="Only a check that raises or returns False counts as failing; None is fine.")


def check_a_failing_check():
    """a check that raises or returns False gives 503 and says which one and why"""

    def database():
        raise ConnectionError("no route to db")

    status, body = _health({"store": lambda: True, "database": database, "disk": lambda: False})
    expect_equal(status, 503, hint="Answer 503 Service Unavailable when any check fails, so a load balancer stops "
                                   "sending traffic here.")
    expect_equal(body, {"status": "fail", "checks": {"store": "ok", "database": "fail: no route to db",
                                                      "disk": "fail: returned False"}},
                 hint="Run every check, even after one has failed, and catch Exception around each call.")


def check_no_checks():
    """an app with no checks is healthy"""
    status, body = _health({})
    expect_equal((status, body), (200, {"status": "ok", "checks": {}}))
