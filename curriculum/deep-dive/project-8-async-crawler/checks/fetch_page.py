"""Milestone: fetch one page and find its links (crawler/fetch.py)."""
import inspect

from pymastery import Response, call, expect, expect_equal, serve_http
from pymastery.track.crawl_site import html, run
from pymastery.track.web_project import fresh_import

PAGE = """<html><body>
<a href="/about">About</a> <a href="team.html#people">Team</a>
<A HREF="../up/">Up</A> <a href="https://example.org/x?y=1#z">Elsewhere</a>
<a href="/about#again">About again</a> <a href="mailto:hi@example.org">Mail</a>
<a href="javascript:void(0)">Script</a> <a>No href</a> <a href="#top">Top</a>
<link rel="stylesheet" href="/style.css"> <img src="/logo.png">
</body></html>"""


def check_extract_links():
    """extract_links gives absolute URLs without fragments, each once, in order"""
    fetch = fresh_import("crawler.fetch")
    links = call(fetch.extract_links, "http://site.test/docs/index.html", PAGE).value
    expect_equal(links, ["http://site.test/about", "http://site.test/docs/team.html",
                         "http://site.test/up/", "https://example.org/x?y=1",
                         "http://site.test/docs/index.html"],
                 hint="Resolve each href with urllib.parse.urljoin(base_url, href), cut the "
                      "#fragment with urldefrag, keep http and https only, and skip repeats.")


def check_is_a_coroutine():
    """fetch_page is a coroutine function (async def)"""
    fetch = fresh_import("crawler.fetch")
    expect(inspect.iscoroutinefunction(fetch.fetch_page),
           "fetch_page is not defined with `async def`",
           hint="Write `async def fetch_page(session, url):` and await the response inside it.")


async def _fetch(fetch, url):
    import aiohttp

    async with aiohttp.ClientSession() as session:
        return await fetch.fetch_page(session, url)


def check_fetches_a_page():
    """fetch_page returns the URL, the status and the page's links"""
    fetch = fresh_import("crawler.fetch")
    with serve_http({"/docs/": html("guide.html", "/", "#top")}) as server:
        page = run(_fetch, fetch, server.url_for("/docs/"))
    expect_equal((page.url, page.status), (server.url_for("/docs/"), 200),
                 hint="Return Page(url, response.status, links).")
    expect_equal(list(page.links), [server.url_for("/docs/guide.html"), server.url_for("/"),
                                    server.url_for("/docs/")],
                 hint="Read the body with `await response.text()` and pass it to extract_links "
                      "with the page's own URL as the base.")
    expect_equal([r.path for r in server.requests], ["/docs/"],
                 hint="One GET for one page.")


def check_only_html_has_links():
    """Links are read only from 200 answers whose Content-Type is text/html"""
    fetch = fresh_import("crawler.fetch")
    routes = {
        "/notes.txt": Response('<a href="/secret">not a link</a>',
                               headers={"Content-Type": "text/plain"}),
        "/gone": Response('<a href="/secret">x</a>', status=404,
                          headers={"Content-Type": "text/html"}),
    }
    with serve_http(routes) as server:
        text = run(_fetch, fetch, server.url_for("/notes.txt"))
        gone = run(_fetch, fetch, server.url_for("/gone"))
    expect_equal((text.status, list(text.links)), (200, []),
                 hint="response.content_type is the media type without its parameters; read "
                      "links only when it is 'text/html'.")
    expect_equal((gone.status, list(gone.links)), (404, []),
                 hint="An error page is still a page (return its status), but don't follow "
                      "its links.")
