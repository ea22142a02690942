"""Checks for the `fetch-page` milestone: fetch_page against a site the check starts on 127.0.0.1."""
import asyncio

from pymastery import capture, expect, expect_equal, fail, learner_module
from pymastery.track.web import Site, closed_port_url, page, run_async


def _fetch(url, **options):
    async def scenario():
        import aiohttp

        scraper = learner_module()
        async with aiohttp.ClientSession() as session:
            return await scraper.fetch_page(session, url, **options)

    return scenario


def _fetch_error(url, **options):
    """The FetchError that fetching `url` raises (the check fails if it raises something else)."""
    scraper = learner_module()

    async def scenario():
        import aiohttp

        async with aiohttp.ClientSession() as session:
            return await scraper.fetch_page(session, url, **options)

    outcome = capture(asyncio.run, scenario())
    if not isinstance(outcome.exception, scraper.FetchError):
        fail("fetch_page(%r) should raise FetchError, but it %s." % (
            url, "returned normally" if outcome.exception is None else "raised %r" % outcome.exception),
             hint="Check response.status; for 400 and above raise FetchError(url, status). "
                  "Catch aiohttp.ClientError (no response at all) and raise FetchError(url, None) instead.")
    return outcome.exception


def check_returns_the_text():
    """a 200 response gives the page's text"""
    with Site({"/hello": page("Grüße aus Köln")}) as site:
        text = run_async(_fetch(site.url("/hello")))
        expect("Grüße aus Köln" in (text or ""), "fetch_page should return the body as a str, got %r." % (text,),
               hint="await response.text() decodes the body with the charset the server sent.")
        expect_equal(site.hits.get("/hello"), 1, hint="One call, one request.")


def check_http_errors():
    """a 4xx or 5xx status raises FetchError with that status"""
    with Site({"/broken": page("oops", status=500)}) as site:
        for path, status in (("/nowhere", 404), ("/broken", 500)):
            error = _fetch_error(site.url(path))
            expect_equal(error.status, status, hint="Pass response.status into FetchError.")
            expect_equal(error.url, site.url(path), hint="Pass the URL into FetchError too.")
        expect_equal(site.hits.get("/broken"), 1, hint="With retries=0 (the default), try exactly once.")


def check_no_response():
    """no response at all raises FetchError with status None"""
    error = _fetch_error(closed_port_url())
    expect(error.status is None, "When nothing answers, FetchError.status should be None, got %r." % (error.status,),
           hint="aiohttp raises a ClientConnectorError (a kind of aiohttp.ClientError): catch it and raise FetchError(url, None, ...).")


def check_many_requests_share_a_session():
    """fetch_page can be called many times at once on one session"""
    with Site({"/p%d" % n: page("page %d" % n, delay=0.1) for n in range(8)}) as site:
        async def scenario():
            import aiohttp

            scraper = learner_module()
            async with aiohttp.ClientSession() as session:
                return await asyncio.gather(*(scraper.fetch_page(session, site.url("/p%d" % n)) for n in range(8)))

        texts = run_async(scenario)
        expect(all("page %d" % n in text for n, text in enumerate(texts)), "Each call should return its own page.",
               hint="Use the session you are given; do not keep any per-call state in globals.")
        expect(site.peak >= 2, "Eight fetches started together never overlapped at the server.",
               hint="Never block the event loop: use await session.get(...), not time.sleep or a blocking HTTP library.")
