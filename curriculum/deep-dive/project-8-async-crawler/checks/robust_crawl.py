"""Milestone: timeouts, errors and a clean shutdown (crawler/crawl.py, crawl)."""
import asyncio
import time

from pymastery import Response, expect, expect_equal, expect_in, serve_http
from pymastery.track.crawl_site import dead_url, hits, html, run
from pymastery.track.web_project import fresh_import


def check_errors_are_recorded():
    """Slow pages time out, error statuses are kept, and the crawl carries on"""
    crawl = fresh_import("crawler.crawl")
    routes = {
        "/": html("/slow", "/broken", "/missing", "/fine"),
        "/slow": Response("<html></html>", delay=3.0, headers={"Content-Type": "text/html"}),
        "/broken": Response('<a href="/after-broken">x</a>', status=500,
                            headers={"Content-Type": "text/html"}),
        "/fine": html("/deeper"),
        "/deeper": html(),
    }
    with serve_http(routes) as server:
        started = time.perf_counter()
        result = run(crawl.crawl, server.url_for("/"), max_depth=3, concurrency=2, timeout=0.5,
                     limit=4)
        seconds = time.perf_counter() - started
    expect(seconds < 2.5, "the crawl took %.1fs although every request may take only 0.5s"
           % seconds,
           hint="Give the ClientSession timeout=aiohttp.ClientTimeout(total=timeout).")
    expect_in(server.url_for("/slow"), result.errors,
              hint="Catch asyncio.TimeoutError (and aiohttp.ClientError) around the fetch and "
                   "store 'ExceptionName: message' in result.errors[url].")
    expect_equal({url: status for url, status in result.pages.items()},
                 {server.url_for("/"): 200, server.url_for("/broken"): 500,
                  server.url_for("/missing"): 404, server.url_for("/fine"): 200,
                  server.url_for("/deeper"): 200},
                 hint="A page that answers, whatever its status, goes in result.pages.")
    expect("/after-broken" not in hits(server), "a link on a 500 page was followed",
           hint="fetch_page gives no links for an answer that is not 200.")


def check_start_page_unreachable():
    """A start URL that can't be reached ends the crawl at once with one error"""
    crawl = fresh_import("crawler.crawl")
    url = dead_url("/")
    started = time.perf_counter()
    result = run(crawl.crawl, url, max_depth=2, concurrency=3, timeout=2, limit=3,
                 hint="Call queue.task_done() in a finally block, so a failed fetch still "
                      "counts as done and queue.join() returns.")
    expect(time.perf_counter() - started < 1.5, "the crawl of an unreachable site hung",
           hint="Call queue.task_done() in a finally block, so a failed fetch still counts "
                "as done and queue.join() returns.")
    expect_equal(list(result.errors), [url])
    expect(result.errors[url].split(":")[0].endswith("Error"),
           "the error was recorded as %r, expected 'ExceptionName: message'" % result.errors[url])
    expect_equal(result.pages, {})


async def _crawl_then_count(crawl, url):
    before = asyncio.all_tasks()
    result = await crawl.crawl(url, max_depth=1, concurrency=4, timeout=2)
    await asyncio.sleep(0)
    return result, asyncio.all_tasks() - before


def check_no_task_left_behind():
    """When crawl returns, its workers are cancelled and finished"""
    crawl = fresh_import("crawler.crawl")
    with serve_http({"/": html("/a"), "/a": html()}) as server:
        result, others = run(_crawl_then_count, crawl, server.url_for("/"))
    expect_equal(len(result.pages), 2)
    expect(not others, "%d task(s) were still running after crawl returned" % len(others),
           hint="After queue.join(), cancel every worker task and await them with "
                "asyncio.gather(*workers, return_exceptions=True).")


def check_progress_callback():
    """on_page is called after each URL, with the result so far"""
    crawl = fresh_import("crawler.crawl")
    seen = []
    with serve_http({"/": html("/a", "/b"), "/a": html(), "/b": html()}) as server:
        run(crawl.crawl, server.url_for("/"), max_depth=1, concurrency=2, timeout=2,
            on_page=lambda result: seen.append(len(result.pages) + len(result.errors)))
    expect_equal(sorted(seen), [1, 2, 3],
                 hint="Call on_page(result) once per URL, after it is recorded.")
