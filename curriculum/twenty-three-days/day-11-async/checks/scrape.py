"""Checks for the `scrape` milestone: scrape fetches many pages concurrently, with a limit."""
import asyncio

from pymastery import capture, expect, expect_equal, learner_module
from pymastery.track.web import Site, closed_port_url, page, run_async


def _scrape(urls, **options):
    scraper = learner_module()

    async def scenario():
        return await scraper.scrape(urls, **options)

    return run_async(scenario)


def check_one_page_per_url_in_order():
    """scrape returns one parsed Page per URL, in the given order"""
    routes = {"/p%d" % n: page("Page %d" % n, "/p%d" % ((n + 1) % 5), delay=0.05 * (5 - n)) for n in range(5)}
    with Site(routes) as site:
        urls = [site.url("/p%d" % n) for n in (3, 0, 4, 1, 2)]
        pages = _scrape(urls, max_concurrency=5)
        expect_equal([p.url for p in pages], urls,
                     hint="asyncio.gather returns results in the order of the awaitables you gave it, whatever order they finish in.")
        expect_equal([p.title for p in pages], ["Page 3", "Page 0", "Page 4", "Page 1", "Page 2"],
                     hint="Parse each page's HTML with parse_page.")
        expect_equal(pages[0].links, [site.url("/p4")], hint="Fill Page.links from parse_page, with the page's own URL as the base.")
        expect(all(p.status == 200 and p.error is None for p in pages), "Pages that loaded should have status 200 and no error.",
               hint="Page(url, 200, title, links) for a page that loaded.")


def check_failures_become_pages():
    """a failing URL gives a Page with its status and an error, not an exception"""
    with Site({"/ok": page("fine"), "/err": page("bad", status=502)}) as site:
        down = closed_port_url()
        pages = _scrape([site.url("/ok"), site.url("/missing"), site.url("/err"), down], max_concurrency=2)
        expect_equal([p.status for p in pages], [200, 404, 502, None],
                     hint="Catch FetchError for each URL and turn it into Page(url, error.status, error=str(error)).")
        expect(all(p.error for p in pages[1:]), "Failed pages should carry an error message.",
               hint="Set Page.error to a short description, such as str(error).")


def check_runs_concurrently_within_the_limit():
    """at most max_concurrency requests are in flight, and more than one is"""
    with Site({"/slow%d" % n: page("slow", delay=0.25) for n in range(10)}) as site:
        urls = [site.url("/slow%d" % n) for n in range(10)]
        _scrape(urls, max_concurrency=3)
        expect(site.peak <= 3, "The server saw %d requests at once; max_concurrency was 3." % site.peak,
               hint="Wrap each fetch in `async with semaphore:` with asyncio.Semaphore(max_concurrency).")
        expect(site.peak >= 2, "The server never saw two requests at once: the pages were fetched one after another.",
               hint="Start all the fetches before awaiting them (asyncio.gather or create_task); awaiting each in a loop runs them in turn.")
        expect_equal(site.total_hits(), 10, hint="Each URL once.")


def check_empty_and_bad_limit():
    """no URLs gives no pages; a limit below 1 is refused"""
    expect_equal(_scrape([], max_concurrency=2), [], hint="Gathering nothing gives an empty list.")
    scraper = learner_module()

    async def scenario():
        return await scraper.scrape(["http://127.0.0.1:9/"], max_concurrency=0)

    outcome = capture(asyncio.run, scenario())
    expect(isinstance(outcome.exception, ValueError),
           "scrape(..., max_concurrency=0) should raise ValueError, got %r." % (outcome.exception,),
           hint="A semaphore of 0 would wait forever: check the limit first.")
