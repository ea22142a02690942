"""Milestone: fetch a page with retries and backoff (scraper/fetch.py, fetch)."""
import urllib.error

from pymastery import (Response, call, capture, expect, expect_equal, expect_isinstance,
                       fake_clock, learner_module, serve_http)


def check_returns_the_text():
    """fetch() returns the page's text and says who is asking"""
    fetching = learner_module()
    with serve_http({"/hello": Response("Grüß dich".encode("utf-8"),
                                        headers={"Content-Type": "text/plain; charset=utf-8"})}) as server:
        text = call(fetching.fetch, server.url_for("/hello")).value
    expect_equal(text, "Grüß dich", hint="Read the response's bytes and decode them with the "
                 "charset from its Content-Type (response.headers.get_content_charset()).")
    expect_equal(server.requests[0].header("User-Agent"), fetching.USER_AGENT,
                 hint="Build a urllib.request.Request with headers={'User-Agent': USER_AGENT}: "
                      "a polite scraper says who it is.")


def check_other_charsets():
    """A page in another charset is decoded with it"""
    fetching = learner_module()
    with serve_http({"/old": Response("naïve café".encode("latin-1"),
                                      headers={"Content-Type": "text/html; charset=ISO-8859-1"})}) as server:
        text = call(fetching.fetch, server.url_for("/old")).value
    expect_equal(text, "naïve café", hint="Don't assume UTF-8 when the server names a charset.")


def check_retries_with_backoff():
    """A busy server is asked again, waiting 0.5, 1 and 2 seconds"""
    fetching = learner_module()
    answers = [Response("busy", status=503), Response("oops", status=500),
               Response("slow down", status=429), Response("finally")]
    with serve_http({"/flaky": answers}) as server, fake_clock(fetching) as clock:
        text = call(fetching.fetch, server.url_for("/flaky")).value
    expect_equal(text, "finally")
    expect_equal(len(server.requests), 4, hint="503, 500 and 429 are worth another try.")
    expect_equal(clock.sleeps, [0.5, 1.0, 2.0],
                 hint="Sleep backoff * 2 ** attempt before each new try: 0.5, 1, 2 with the "
                      "defaults, and never before the first one.")


def check_gives_up():
    """After the last retry the error reaches the caller"""
    fetching = learner_module()
    with serve_http({"/down": Response("down", status=503)}) as server, fake_clock(fetching) as clock:
        outcome = capture(fetching.fetch, server.url_for("/down"), retries=2, backoff=1.0)
    expect_isinstance(outcome.exception, urllib.error.HTTPError,
                      hint="When the tries run out, raise the last HTTPError.")
    expect_equal(len(server.requests), 3, hint="retries=2 means one try and two more.")
    expect_equal(clock.sleeps, [1.0, 2.0], hint="No sleep after the last try.")


def check_no_retry_for_client_errors():
    """A 404 raises at once, without waiting or asking again"""
    fetching = learner_module()
    with serve_http({}) as server, fake_clock(fetching) as clock:
        outcome = capture(fetching.fetch, server.url_for("/missing"))
    expect_isinstance(outcome.exception, urllib.error.HTTPError)
    expect_equal(getattr(outcome.exception, "code", None), 404)
    expect_equal((len(server.requests), clock.sleeps), (1, []),
                 hint="A missing page stays missing: retry only the statuses in RETRY_STATUSES.")


def check_unreachable_server():
    """A server that doesn't answer at all is retried, then the error is raised"""
    fetching = learner_module()
    with serve_http({}) as server:
        url = server.url_for("/gone")
    # The server has stopped: nothing listens on its port any more.
    with fake_clock(fetching) as clock:
        outcome = capture(fetching.fetch, url, retries=1)
    expect_isinstance(outcome.exception, urllib.error.URLError,
                      hint="A refused connection is a URLError; retry it like a 503.")
    expect_equal(clock.sleeps, [0.5])
