"""Crawl page after page, politely (milestone 3)."""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.robotparser
from typing import Callable, List, Optional
from urllib.parse import urljoin

from scraper.fetch import USER_AGENT, fetch
from scraper.parse import Story, next_page, parse_stories


class RateLimiter:
    """Spaces events at least ``interval`` seconds apart.

    ``wait()`` returns at once the first time; after that it sleeps just long enough that
    ``interval`` seconds have passed since the previous ``wait()`` returned. Time spent
    elsewhere in between counts.
    """

    def __init__(self, interval: float, *, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.interval = interval
        self.clock = clock
        self.sleep = sleep
        self.last: Optional[float] = None

    def wait(self) -> None:
        if self.last is not None:
            remaining = self.interval - (self.clock() - self.last)
            if remaining > 0:
                self.sleep(remaining)
        self.last = self.clock()


def robots_for(start_url: str, fetch: Callable[[str], str]) -> urllib.robotparser.RobotFileParser:
    """The site's robots.txt rules; a site without one (404) allows everything."""
    robots = urllib.robotparser.RobotFileParser()
    try:
        text = fetch(urljoin(start_url, "/robots.txt"))
    except urllib.error.HTTPError as err:
        if err.code >= 500:
            raise
        text = ""
    robots.parse(text.splitlines())
    return robots


def crawl(start_url: str, *, max_pages: int = 10, delay: float = 1.0,
          fetch: Callable[[str], str] = fetch,
          clock: Callable[[], float] = time.monotonic,
          sleep: Callable[[float], None] = time.sleep) -> List[Story]:
    """Collect the stories of ``start_url`` and the pages its "next" links lead to.

    robots.txt (at the site's root, fetched first with ``fetch``) decides which pages may
    be fetched; a page it disallows is not fetched, and the crawl stops there. Pages are
    fetched at least ``delay`` seconds apart, or the robots.txt Crawl-delay when that is
    longer. At most ``max_pages`` pages; the same page is never fetched twice.
    """
    robots = robots_for(start_url, fetch)
    crawl_delay = robots.crawl_delay(USER_AGENT)
    limiter = RateLimiter(delay, clock=clock, sleep=sleep)
    stories: List[Story] = []
    seen = set()
    url: Optional[str] = start_url
    while url is not None and len(seen) < max_pages and url not in seen:
        if not robots.can_fetch(USER_AGENT, url):
            break
        seen.add(url)
        limiter.wait()
        html = fetch(url)
        stories.extend(parse_stories(html, url))
        url = next_page(html, url)
    return stories


def save_json(stories: List[Story], path: str) -> None:
    """Write the stories to ``path`` as a JSON list, readable by people too."""
    with open(path, "w", encoding="utf-8") as file:
        json.dump(stories, file, indent=2, ensure_ascii=False)
