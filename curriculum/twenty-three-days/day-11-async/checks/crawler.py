"""Checks for the `crawler` milestone: a queue of work, worker tasks and a graceful stop."""
import asyncio

from pymastery import expect, expect_equal, fail, learner_module
from pymastery.track.web import Site, page, run_async


def _drain(queue):
    pages = []
    while not queue.empty():
        pages.append(queue.get_nowait())
    return pages


async def _next_result(results, crawl):
    """The next Page on `results`; fails the check if run() ends or stalls first."""
    getter = asyncio.ensure_future(results.get())
    done, _ = await asyncio.wait({getter, crawl}, timeout=10, return_when=asyncio.FIRST_COMPLETED)
    if getter in done:
        return getter.result()
    getter.cancel()
    if crawl in done:
        crawl.result()  # the learner's exception, if run() raised one
        fail("run() returned before it reported the pages it should have.",
             hint="Wait for the work queue to empty (await queue.join()) before run() returns.")
    fail("No page arrived on results within 10 seconds.", hint="Put each Page on results as soon as it is fetched.")


def _leftover_tasks():
    return [task for task in asyncio.all_tasks() if task is not asyncio.current_task() and not task.done()]


def check_crawls_the_site_once_each():
    """every page of the site is fetched once and reported"""
    with Site({"/elsewhere": page("other site")}) as other, \
            Site({"/": page("Home", "/a", "/b#part", "/b", "mailto:x@example.org"),
                  "/a": page("A", "/c", "/", other.url("/elsewhere")),
                  "/b": page("B", "/a#top", "/c"),
                  "/c": page("C", "/missing")}) as site:
        scraper = learner_module()

        async def scenario():
            results = asyncio.Queue()
            count = await scraper.Crawler(max_concurrency=3).run([site.url("/")], results)
            return count, _drain(results), _leftover_tasks()

        count, pages, leftovers = run_async(scenario)
        expect_equal(sorted(p.url for p in pages), sorted(site.url(path) for path in ("/", "/a", "/b", "/c", "/missing")),
                     hint="Put one Page on results for every URL fetched, failures (the 404) included.")
        expect_equal(count, 5, hint="run() returns how many pages it put on results.")
        expect_equal(site.hits, {"/": 1, "/a": 1, "/b": 1, "/c": 1, "/missing": 1},
                     hint="Remember every URL you have queued (a set) and never queue it twice; /b#part is /b.")
        expect_equal(other.hits, {}, hint="Only follow links whose scheme, host and port match a start URL.")
        expect_equal(leftovers, [], hint="Cancel (or end) your worker tasks before run() returns, and await them.")


def check_max_pages():
    """no more than max_pages are fetched"""
    routes = {"/n%d" % n: page("N%d" % n, "/n%d" % (n + 1), "/n%d" % (n + 2)) for n in range(40)}
    with Site(routes) as site:
        scraper = learner_module()

        async def scenario():
            results = asyncio.Queue()
            count = await scraper.Crawler(max_concurrency=4).run([site.url("/n0")], results, max_pages=6)
            return count, _drain(results)

        count, pages = run_async(scenario)
        expect(site.total_hits() <= 6, "With max_pages=6 the site got %d requests." % site.total_hits(),
               hint="Count the fetches you start (not the ones finished) and start none once the count reaches max_pages.")
        expect_equal((count, len(pages)), (6, 6), hint="The site has far more than six pages, so exactly six should be reported.")


def check_workers_share_the_load():
    """max_concurrency workers fetch in parallel, never more"""
    routes = {"/": page("Hub", *["/leaf%d" % n for n in range(12)])}
    routes.update({"/leaf%d" % n: page("Leaf", delay=0.25) for n in range(12)})
    with Site(routes) as site:
        scraper = learner_module()

        async def scenario():
            results = asyncio.Queue()
            return await scraper.Crawler(max_concurrency=3).run([site.url("/")], results)

        count = run_async(scenario)
        expect_equal(count, 13, hint="The hub and its twelve leaves.")
        expect(2 <= site.peak <= 3, "The server saw at most %d requests at once; with max_concurrency=3 it should see 2 or 3."
               % site.peak, hint="Start max_concurrency worker tasks with asyncio.create_task, each taking URLs from one asyncio.Queue.")


def check_graceful_stop():
    """stop() lets fetches in flight finish and report, starts no new ones"""
    routes = {"/": page("Hub", *["/slow%d" % n for n in range(30)])}
    routes.update({"/slow%d" % n: page("Slow", delay=0.3) for n in range(30)})
    with Site(routes) as site:
        scraper = learner_module()

        async def scenario():
            results = asyncio.Queue()
            crawler = scraper.Crawler(max_concurrency=3)
            crawl = asyncio.ensure_future(crawler.run([site.url("/")], results))
            taken = []
            for _ in range(2):
                taken.append(await _next_result(results, crawl))
            for _ in range(300):  # stop while at least one request is being served
                if site.active > 0:
                    break
                await asyncio.sleep(0.01)
            crawler.stop()
            try:
                await asyncio.wait_for(asyncio.shield(crawl), timeout=5)
            except asyncio.TimeoutError:
                crawl.cancel()
                fail("run() was still going 5 seconds after stop().",
                     hint="Have every worker check a stop flag before it takes the next URL, and let run() return "
                          "once the workers are done.")
            hits_at_return = site.total_hits()
            await asyncio.sleep(0.6)
            return taken + _drain(results), hits_at_return, site.total_hits(), crawl.result(), _leftover_tasks()

        pages, hits_at_return, hits_later, count, leftovers = run_async(scenario)
        expect(hits_later < 31, "stop() did not stop the crawl: all %d pages were fetched." % hits_later,
               hint="After stop(), start no new fetch.")
        expect_equal(hits_later, hits_at_return, hint="Nothing may still be fetching after run() returns.")
        expect_equal(len(pages), hits_at_return,
                     hint="Every fetch that had started when stop() was called must finish and put its Page on results: "
                          "stop means 'no new work', not 'cancel everything'.")
        expect_equal(count, len(pages), hint="run() returns the number of pages it reported.")
        expect_equal(leftovers, [], hint="When run() returns, the worker tasks must be finished (cancel and await them).")
