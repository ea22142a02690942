"""Milestone: crawl politely (scraper/crawl.py, RateLimiter and crawl)."""
import importlib.util
import os
import urllib.error

from pymastery import call, expect, expect_equal, fake_clock, learner_module, serve_http

_spec = importlib.util.spec_from_file_location(
    "_fixtures", os.path.join(os.path.dirname(__file__), "_fixtures.py"))
pages = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(pages)

SITE = "http://board.test"


class _Site:
    """A stand-in for fetch(): answers from a dict of pages and notes when each was asked
    for, by the fake clock."""

    def __init__(self, clock, answers, robots=None):
        self.clock = clock
        self.answers = dict(answers)
        if robots is not None:
            self.answers[SITE + "/robots.txt"] = robots
        self.log = []

    def __call__(self, url):
        self.log.append((url, self.clock.now))
        if url not in self.answers:
            raise urllib.error.HTTPError(url, 404, "Not Found", {}, None)
        return self.answers[url]

    def pages(self):
        return [url for url, _ in self.log if not url.endswith("/robots.txt")]

    def gaps(self):
        times = [when for url, when in self.log if not url.endswith("/robots.txt")]
        return [round(b - a, 6) for a, b in zip(times, times[1:])]


BOARD = {SITE + "/news": pages.PAGE_1, SITE + "/news?page=2": pages.PAGE_2,
         SITE + "/news?page=3": pages.PAGE_3}


def _crawl(site, clock, **options):
    crawler = learner_module()
    return call(crawler.crawl, SITE + "/news", fetch=site, clock=clock.monotonic,
                sleep=clock.sleep, **options).value


def check_limiter_counts_time_already_spent():
    """RateLimiter.wait() sleeps only for what is left of the interval"""
    crawler = learner_module()
    with fake_clock() as clock:
        limiter = call(crawler.RateLimiter, 2.0, clock=clock.monotonic, sleep=clock.sleep).value
        call(limiter.wait)
        expect_equal(clock.sleeps, [], hint="The first wait() returns at once.")
        clock.advance(0.5)
        call(limiter.wait)
        expect_equal(clock.sleeps, [1.5], hint="0.5 s of the 2 s had already passed: sleep the "
                     "remaining 1.5 s (interval minus clock() minus the last time).")
        clock.advance(3.0)
        call(limiter.wait)
        expect_equal(clock.sleeps, [1.5], hint="When the interval has already passed, don't sleep.")
        call(limiter.wait)
        expect_equal(clock.sleeps, [1.5, 2.0])


def check_follows_the_pages():
    """crawl() follows the next links and collects every story"""
    with fake_clock() as clock:
        site = _Site(clock, BOARD, robots="")
        stories = _crawl(site, clock, delay=1.0)
    expect_equal(site.pages(), [SITE + "/news", SITE + "/news?page=2", SITE + "/news?page=3"],
                 hint="After each page, fetch next_page(html, url) until it is None.")
    expect_equal([s["title"] for s in stories][-2:], ["Backoff, explained with a bakery",
                                                      "The last story"])
    expect_equal(len(stories), 5)
    expect_equal(stories[1]["url"], SITE + "/item/102",
                 hint="Parse each page with its own address as the base URL.")


def check_pages_are_spaced():
    """Pages are fetched at least `delay` seconds apart, without waiting before the first"""
    with fake_clock() as clock:
        site = _Site(clock, BOARD, robots="")
        _crawl(site, clock, delay=1.5)
    expect_equal(site.gaps(), [1.5, 1.5],
                 hint="Call a RateLimiter(delay, clock=clock, sleep=sleep).wait() before each "
                      "page; use the clock and sleep given to crawl(), not the time module.")
    first_page = [when for url, when in site.log if not url.endswith("/robots.txt")][0]
    expect_equal(first_page - clock.start, 0.0,
                 hint="Nothing to wait for before the first page: the limiter's first wait() "
                      "returns at once.")


def check_respects_robots_txt():
    """robots.txt is read first; disallowed pages are not fetched; Crawl-delay counts"""
    robots = "User-agent: *\nDisallow: /news?page=3\nCrawl-delay: 4\n"
    with fake_clock() as clock:
        site = _Site(clock, BOARD, robots=robots)
        stories = _crawl(site, clock, delay=1.0)
    expect_equal(site.log[0][0], SITE + "/robots.txt",
                 hint="Fetch /robots.txt at the site's root (urljoin(start_url, '/robots.txt')) "
                      "before any page, and feed its lines to RobotFileParser.parse().")
    expect_equal(site.pages(), [SITE + "/news", SITE + "/news?page=2"],
                 hint="Ask robots.can_fetch(USER_AGENT, url) before every page.")
    expect_equal(len(stories), 4)
    expect_equal(site.gaps(), [4.0],
                 hint="robots.crawl_delay(USER_AGENT) asks for 4 s: use the longer of it and delay.")


def check_disallowed_start():
    """A site that disallows everything is not crawled at all"""
    with fake_clock() as clock:
        site = _Site(clock, BOARD, robots="User-agent: *\nDisallow: /\n")
        stories = _crawl(site, clock)
    expect_equal((site.pages(), stories), ([], []))


def check_missing_robots_and_limits():
    """No robots.txt allows everything; max_pages and loops end the crawl"""
    looping = {SITE + "/news": pages.page([], next_href="/news?page=2"),
               SITE + "/news?page=2": pages.page([], next_href="/news")}
    with fake_clock() as clock:
        site = _Site(clock, looping)
        _crawl(site, clock, max_pages=10)
    expect_equal(site.pages(), [SITE + "/news", SITE + "/news?page=2"],
                 hint="A 404 for robots.txt means no rules. Remember the pages you have fetched "
                      "and stop when a next link leads back to one.")
    with fake_clock() as clock:
        site = _Site(clock, BOARD)
        _crawl(site, clock, max_pages=2)
    expect_equal(len(site.pages()), 2, hint="Stop after max_pages pages.")


def check_against_a_real_server():
    """Against a real server, with the real fetch()"""
    def board(request):
        return {"2": pages.PAGE_2, "3": pages.PAGE_3}.get(request.params.get("page"), pages.PAGE_1)

    crawler = learner_module()
    routes = {"/robots.txt": "User-agent: *\nDisallow: /news?page=3\n", "/news": board}
    with serve_http(routes) as server, fake_clock() as clock:
        stories = call(crawler.crawl, server.url_for("/news"), clock=clock.monotonic,
                       sleep=clock.sleep).value
    expect_equal([(r.path, r.query) for r in server.requests],
                 [("/robots.txt", ""), ("/news", ""), ("/news", "page=2")],
                 hint="robots.txt first, then page 1 and 2; page 3 is disallowed.")
    expect_equal(len(stories), 4)
    expect_equal(stories[1]["url"], server.url_for("/item/102"))
