"""Checks for the `retry` milestone: fetch_page retries with exponential backoff."""
import asyncio

from pymastery import capture, expect, expect_equal, learner_module
from pymastery.track.web import Site, closed_port_url, page


def _flaky(failures, status=503):
    """Fails `failures` times with `status`, then serves the page."""
    good = page("finally")
    return lambda number: (status, "<title>busy</title>", 0) if number <= failures else good(number)


def _outcome(url, **options):
    scraper = learner_module()

    async def scenario():
        import aiohttp

        async with aiohttp.ClientSession() as session:
            return await scraper.fetch_page(session, url, **options)

    return scraper, capture(asyncio.run, scenario())


def check_retries_until_success():
    """a server error is retried until the page comes"""
    with Site({"/flaky": _flaky(2)}) as site:
        _, outcome = _outcome(site.url("/flaky"), retries=2, backoff=0.01)
        expect(outcome.exception is None and "finally" in (outcome.value or ""),
               "With retries=2, two 503s and then a 200 should give the page, got %r." % (outcome.exception or outcome.value,),
               hint="Loop: try the request; on a 5xx, sleep and try again while attempts remain.")
        expect_equal(site.hits.get("/flaky"), 3, hint="Two failures and one success make three requests.")


def check_gives_up():
    """after `retries` more attempts it gives up with FetchError"""
    with Site({"/down": _flaky(99)}) as site:
        scraper, outcome = _outcome(site.url("/down"), retries=2, backoff=0.01)
        expect(isinstance(outcome.exception, scraper.FetchError) and outcome.exception.status == 503,
               "After the last retry fetch_page should raise FetchError with status 503, got %r." % (outcome.exception,),
               hint="When no attempts remain, raise the FetchError of the last attempt.")
        expect_equal(site.hits.get("/down"), 3, hint="retries=2 means one attempt plus two retries: three requests in all.")


def check_client_errors_not_retried():
    """a 4xx answer is final"""
    with Site({"/forbidden": _flaky(99, status=403)}) as site:
        scraper, outcome = _outcome(site.url("/forbidden"), retries=3, backoff=0.01)
        expect(isinstance(outcome.exception, scraper.FetchError) and outcome.exception.status == 403,
               "A 403 should raise FetchError with status 403, got %r." % (outcome.exception,),
               hint="Raise at once for a status from 400 to 499.")
        expect_equal(site.hits.get("/forbidden"), 1,
                     hint="Asking again will not change a 4xx answer: the request itself is wrong. Only retry 5xx and connection failures.")


def check_connection_failures_retried():
    """a refused connection is retried, then reported with status None"""
    scraper, outcome = _outcome(closed_port_url(), retries=2, backoff=0.05)
    expect(isinstance(outcome.exception, scraper.FetchError) and outcome.exception.status is None,
           "A URL where nothing listens should end in FetchError with status None, got %r." % (outcome.exception,),
           hint="Catch aiohttp.ClientError around the request and treat it like a 5xx: worth another try.")


def check_backoff_doubles():
    """the wait before each retry doubles"""
    with Site({"/slowly": _flaky(99)}) as site:
        _outcome(site.url("/slowly"), retries=3, backoff=0.12)
        moments = [moment for path, moment in site.times if path == "/slowly"]
        expect_equal(len(moments), 4, hint="retries=3 makes four requests in all.")
        gaps = [later - earlier for earlier, later in zip(moments, moments[1:])]
        expect(gaps[0] >= 0.11, "The first retry came %.3f s after the first attempt; it should wait backoff (0.12 s)." % gaps[0],
               hint="await asyncio.sleep(backoff) before the first retry; time.sleep would block every other task.")
        expect(gaps[1] >= 0.22 and gaps[2] >= 0.45,
               "The waits between attempts were %s s; each should be twice the one before (0.12, 0.24, 0.48)."
               % ", ".join("%.2f" % gap for gap in gaps),
               hint="Wait backoff * 2 ** attempt, where attempt counts the retries done so far.")
