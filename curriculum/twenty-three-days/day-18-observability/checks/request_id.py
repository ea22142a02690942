"""Checks for the `request-id` milestone: add_request_id and outgoing_headers in
week3/day18/api/observability.py."""
import logging

from pymastery import expect, expect_equal
from pymastery.track.observed_api import Records, client, main, observability, send


def _app_with_probe():
    """The learner's app, with one more route that logs and reports the headers it would pass on."""
    obs = observability()
    app = main().create_app()

    def probe():
        logging.getLogger("api.probe").info("probing")
        return {"outgoing": obs.outgoing_headers(), "inside": obs.request_id_var.get()}

    app.add_api_route("/check-probe", probe, methods=["GET"])
    return app


def check_echoes_a_given_id():
    """a request's own X-Request-ID is used and sent back"""
    with Records() as records:
        response = send(client(_app_with_probe()), "GET", "/check-probe", headers={"X-Request-ID": "trace-7_a"})
    expect_equal(response.headers.get("x-request-id"), "trace-7_a",
                 hint="Set response.headers[\"X-Request-ID\"] after await call_next(request).")
    body = response.json()
    expect_equal(body.get("inside"), "trace-7_a", hint="Set request_id_var before await call_next(request).")
    expect_equal(body.get("outgoing"), {"X-Request-ID": "trace-7_a"},
                 hint="outgoing_headers() returns {\"X-Request-ID\": request_id_var.get()} inside a request.")
    probe = [rid for record, rid in zip(records.records, records.request_ids) if record.name == "api.probe"]
    expect_equal(probe, ["trace-7_a"], hint="Log records made while handling the request see the id.")


def check_makes_new_ids():
    """without a usable X-Request-ID every request gets a new id of its own"""
    test_client = client(_app_with_probe())
    seen = []
    for headers in ({}, {}, {"X-Request-ID": "has spaces in it"}, {"X-Request-ID": "x" * 65}):
        response = send(test_client, "GET", "/check-probe", headers=headers)
        new = response.headers.get("x-request-id")
        expect(bool(new), "The response to a request with headers %r has no X-Request-ID." % (headers,),
               hint="Make one with uuid.uuid4().hex when the request brings none.")
        expect(new != headers.get("X-Request-ID"), "The unsafe id %r was used as it came." % (new,),
               hint="Only accept 1 to 64 letters, digits, - and _ (see _SAFE_ID); anything else gets a new id.")
        expect_equal(response.json().get("inside"), new, hint="The id in request_id_var is the one sent back.")
        seen.append(new)
    expect_equal(len(set(seen)), 4, hint="Make a new id for every request, inside the middleware.")


def check_reset_after_the_request():
    """outside a request the id is "-" again and outgoing_headers() is empty"""
    obs = observability()
    send(client(_app_with_probe()), "GET", "/check-probe", headers={"X-Request-ID": "abc"})
    expect_equal(obs.request_id_var.get(), "-", hint="Keep the token from request_id_var.set(...) and reset it in a finally block.")
    expect_equal(obs.outgoing_headers(), {}, hint="Outside a request there is no id to pass on: return {}.")


def check_ids_reach_the_access_log_of_errors():
    """a request that ends in 404 still answers with its id"""
    response = send(client(), "GET", "/items/999", headers={"X-Request-ID": "lost-item"})
    expect_equal(response.status_code, 404)
    expect_equal(response.headers.get("x-request-id"), "lost-item",
                 hint="Every response gets the header, whatever its status.")
