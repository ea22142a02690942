"""Checks for the `scraper-crawl` milestone (capstone6/crawler.py)."""
import asyncio
import threading
import time

from pymastery import Response, call, expect, expect_equal, learner_module, serve_http


def _html(title, *links, words="some words"):
    anchors = " ".join(f'<a href="{link}">{link}</a>' for link in links)
    return Response(f"<html><head><title>{title}</title></head><body><p>{words}</p>{anchors}"
                    "</body></html>", headers={"Content-Type": "text/html; charset=utf-8"})


def _crawl(module, *args, **kwargs):
    return call(asyncio.run, asyncio.wait_for(module.crawl(*args, **kwargs), 20)).value


def check_follows_links_once():
    """the crawl follows links on the same host, each page once"""
    module = learner_module()
    routes = {"/": _html("home", "/a", "/b", "https://far.example/x"),
              "/a": _html("A", "/", "/b", "/c"),
              "/b": _html("B", "/a"),
              "/c": _html("C", "/missing")}
    with serve_http(routes) as server:
        pages = _crawl(module, [server.url_for("/")], max_pages=10, concurrency=2)
        fetched = sorted(request.path for request in server.requests)
    expect_equal(fetched, ["/", "/a", "/b", "/c", "/missing"],
                 hint="Keep a set or list of URLs already queued and skip those; never leave "
                      "the start URLs' host (far.example is not fetched).")
    by_path = {page["url"].replace(server.url, ""): page for page in pages}
    expect_equal(by_path["/a"]["title"], "A")
    expect_equal((by_path["/missing"]["status"], by_path["/missing"]["title"]), (404, ""),
                 hint="A page that answers 404 is still a result: status 404, an error text, "
                      "no links.")
    expect(by_path["/missing"]["error"], "the 404 page has no error text")
    expect_equal(pages[0]["url"], server.url_for("/"), hint="Results come in the order the "
                                                            "URLs were first seen.")


def check_stops_at_max_pages():
    """the crawl fetches no more than max_pages"""
    module = learner_module()

    def chain(request):
        n = int(request.path.strip("/") or 0)
        return _html(f"page {n}", f"/{n + 1}", f"/{n + 2}")

    with serve_http({"/*": chain, "/": chain}) as server:
        pages = _crawl(module, [server.url_for("/")], max_pages=7, concurrency=3)
        expect_equal(len(server.requests), 7,
                     hint="Count URLs when you queue them, and stop queueing at max_pages.")
    expect_equal(len(pages), 7)


def check_runs_requests_side_by_side():
    """several requests are in flight at once, never more than concurrency"""
    module = learner_module()
    lock, state = threading.Lock(), {"now": 0, "most": 0}

    def slow(request):
        with lock:
            state["now"] += 1
            state["most"] = max(state["most"], state["now"])
        time.sleep(0.3)
        with lock:
            state["now"] -= 1
        return _html(request.path)

    links = [f"/p{n}" for n in range(8)]
    with serve_http({"/": _html("hub", *links), "/*": slow}) as server:
        _crawl(module, [server.url_for("/")], max_pages=20, concurrency=3)
    expect(state["most"] >= 2, f"at most {state['most']} request was in flight at a time",
           hint="Start `concurrency` worker tasks that take URLs from an asyncio.Queue, or "
                "gather the fetches under an asyncio.Semaphore.")
    expect(state["most"] <= 3, f"{state['most']} requests were in flight at once with "
                               "concurrency=3", hint="Limit the workers to concurrency.")


def check_survives_a_dead_host():
    """a host that refuses the connection gives an error result, not an exception"""
    module = learner_module()
    with serve_http({"/": _html("alive")}) as server:
        alive = server.url_for("/")
    pages = _crawl(module, [alive], max_pages=5)
    expect_equal(len(pages), 1)
    expect_equal(pages[0]["status"], None,
                 hint="The server is gone: catch aiohttp.ClientError (and asyncio.TimeoutError) "
                      "in fetch and return status None with the error's name.")
    expect(pages[0]["error"], f"the failed page's error is {pages[0]['error']!r}")
