"""Milestone: a queue of URLs and a pool of workers (crawler/crawl.py, crawl)."""
from pymastery import Response, expect, expect_equal, serve_http
from pymastery.track.crawl_site import InFlight, hits, html, run
from pymastery.track.web_project import fresh_import


def _site(other):
    return {
        "/": html("/a", "/b", "/a#part", other + "/x", "mailto:me@example.org", "/text"),
        "/a": html("/", "/b", "/c"),
        "/b": html("/c", "a"),
        "/c": html("/d", "/"),
        "/d": html("/e"),
        "/e": html("/"),
        "/text": Response('<a href="/hidden">x</a>', headers={"Content-Type": "text/plain"}),
        "/hidden": html(),
    }


def _crawl(max_depth, concurrency=3):
    crawl = fresh_import("crawler.crawl")
    with serve_http({"/*": html("/")}) as other:
        with serve_http(_site(other.url)) as server:
            result = run(crawl.crawl, server.url_for("/"), max_depth=max_depth,
                         concurrency=concurrency, timeout=5)
    return server, other, result


def check_visits_each_page_once():
    """Every reachable page is fetched exactly once, however many links lead to it"""
    server, _, result = _crawl(max_depth=2)
    counts = hits(server)
    twice = {path: n for path, n in counts.items() if n > 1}
    expect(not twice, "these pages were fetched more than once: %s" % twice,
           hint="Keep a set (or dict) of every URL you have queued, and check it before "
                "queueing a link, not after fetching it.")
    expect_equal(sorted(counts), ["/", "/a", "/b", "/c", "/text"],
                 hint="Follow links found on each page until max_depth.")
    expect_equal(result.pages, {server.url_for(p): 200 for p in ("/", "/a", "/b", "/c", "/text")},
                 hint="Record each fetched page's status in result.pages[url].")


def check_stays_on_the_site():
    """Links to other sites are never fetched"""
    _, other, result = _crawl(max_depth=2)
    expect_equal(other.requests, [],
                 hint="Compare the scheme and netloc of urlsplit(link) with the start URL's "
                      "before queueing it: another port is another site.")
    strangers = [url for url in list(result.pages) + list(result.errors)
                 if url.startswith(other.url)]
    expect(not strangers, "the result names pages of another site: %s" % strangers,
           hint="Only URLs of the start URL's site are queued, so only they can be recorded.")


def check_depth_limit():
    """Pages deeper than max_depth are not fetched, and depths are recorded"""
    server, _, result = _crawl(max_depth=2)
    expect_equal(result.depths, {server.url_for("/"): 0, server.url_for("/a"): 1,
                                 server.url_for("/b"): 1, server.url_for("/text"): 1,
                                 server.url_for("/c"): 2},
                 hint="The start URL has depth 0; a link found on a page of depth d has "
                      "depth d + 1. Don't queue anything deeper than max_depth.")
    server, _, _ = _crawl(max_depth=3)
    expect_equal(sorted(hits(server)), ["/", "/a", "/b", "/c", "/d", "/text"],
                 hint="With max_depth=3, /d (three links away) is fetched, /e is not.")
    server, _, result = _crawl(max_depth=0)
    expect_equal(sorted(hits(server)), ["/"], hint="max_depth=0 means the start page only.")


def check_workers_share_the_load():
    """`concurrency` workers fetch at once, never more"""
    crawl = fresh_import("crawler.crawl")
    tracker = InFlight(pause=0.15)
    pages = ["/p/%d" % n for n in range(10)]
    with serve_http({"/": html(*pages), "/p/*": tracker.slow(html("/"))}) as server:
        result = run(crawl.crawl, server.url_for("/"), max_depth=1, concurrency=3, timeout=5)
    expect_equal(len(result.pages), 11, hint="The start page and its ten links.")
    expect(tracker.most <= 3,
           "the server had %d requests in flight at once, with concurrency=3" % tracker.most,
           hint="Start exactly `concurrency` worker tasks; each fetches one URL at a time.")
    expect(tracker.most >= 2, "the pages were fetched one at a time",
           hint="Start the workers with asyncio.create_task so they run side by side, "
                "then await queue.join().")
