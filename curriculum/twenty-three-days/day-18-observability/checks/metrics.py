"""Checks for the `metrics` milestone: Metrics and add_metrics in week3/day18/api/observability.py."""
import re

from pymastery import call, expect, expect_equal, expect_in, fail
from pymastery.track.observed_api import client, observability, send

_SAMPLE = re.compile(r'^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{.*\})? (\S+)$')


def _parse(text):
    """{(name, frozenset of label pairs): value} from Prometheus text; fails on a malformed line."""
    series = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        match = _SAMPLE.match(line)
        if not match:
            fail("This line is not in Prometheus's format: %r" % line,
                 hint='A sample is name{label="value",...} number, with no spaces inside the braces.')
        name, labels, value = match.groups()
        pairs = frozenset(re.findall(r'(\w+)="([^"]*)"', labels or ""))
        series[(name, pairs)] = float(value)
    return series


def _value(series, name, **labels):
    return series.get((name, frozenset(labels.items())))


def check_counts_and_histogram():
    """render() counts requests by method, route and status, with a cumulative histogram"""
    obs = observability()
    metrics = call(obs.Metrics).value
    for method, route, status, seconds in (("GET", "/items", 200, 0.004), ("GET", "/items", 200, 0.02),
                                           ("GET", "/items", 500, 0.3), ("POST", "/items", 201, 0.04)):
        call(metrics.observe, method, route, status, seconds)
    text = call(metrics.render).value
    expect(isinstance(text, str) and text.endswith("\n"), "render() should return text ending with a newline.")
    expect_in("# TYPE http_requests_total counter", text, hint="Start each metric with its # HELP and # TYPE lines.")
    expect_in("# TYPE http_request_duration_seconds histogram", text)
    series = _parse(text)
    expect_equal(_value(series, "http_requests_total", method="GET", route="/items", status="200"), 2.0,
                 hint="One counter per (method, route, status).")
    expect_equal(_value(series, "http_requests_total", method="GET", route="/items", status="500"), 1.0)
    expect_equal(_value(series, "http_requests_total", method="POST", route="/items", status="201"), 1.0)
    buckets = [(bound, _value(series, "http_request_duration_seconds_bucket", route="/items", le=bound))
               for bound in ("0.005", "0.025", "0.05", "0.25", "0.5", "+Inf")]
    expect_equal(buckets, [("0.005", 1.0), ("0.025", 2.0), ("0.05", 3.0), ("0.25", 3.0), ("0.5", 4.0), ("+Inf", 4.0)],
                 hint="Buckets are cumulative: le=\"0.05\" counts every request that took at most 0.05 s, and "
                      "le=\"+Inf\" counts them all.")
    expect_equal(_value(series, "http_request_duration_seconds_count", route="/items"), 4.0)
    total = _value(series, "http_request_duration_seconds_sum", route="/items")
    expect(total is not None and abs(total - 0.364) < 1e-6, "The _sum of /items should be 0.364, got %r." % (total,),
           hint="Add up the seconds of every request to the route.")


def check_served_by_route_template():
    """GET /metrics serves the app's own counts, by route template"""
    test_client = client()
    for item_id in (1, 2, 3):
        send(test_client, "POST", "/items", json={"name": "thing %d" % item_id, "price": 1})
        send(test_client, "GET", "/items/%d" % item_id)
    send(test_client, "GET", "/items/99")
    response = send(test_client, "GET", "/metrics")
    expect_equal(response.status_code, 200, hint="Add a GET /metrics route that returns PlainTextResponse(metrics.render()).")
    expect(response.headers.get("content-type", "").startswith("text/plain"),
           "/metrics answered with content type %r." % response.headers.get("content-type"),
           hint="Prometheus reads text/plain: return a PlainTextResponse.")
    series = _parse(response.text)
    expect_equal(_value(series, "http_requests_total", method="GET", route="/items/{item_id}", status="200"), 3.0,
                 hint="Count by route_template(request), not by the raw path: /items/1 and /items/2 are one route. "
                      "Otherwise every id would make a new series.")
    expect_equal(_value(series, "http_requests_total", method="GET", route="/items/{item_id}", status="404"), 1.0)
    expect_equal(_value(series, "http_requests_total", method="POST", route="/items", status="201"), 3.0)
    expect(not any("/items/1" in str(labels) for _, labels in series),
           "A raw path such as /items/1 appears as a label.", hint="Use route_template(request).")
