"""Milestone: parse a board page with BeautifulSoup (scraper/parse.py)."""
import importlib.util
import os

from pymastery import call, expect_equal, learner_module

_spec = importlib.util.spec_from_file_location(
    "_fixtures", os.path.join(os.path.dirname(__file__), "_fixtures.py"))
pages = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(pages)

BASE = "http://board.test/news"


def _stories(html, base=BASE):
    return call(learner_module().parse_stories, html, base).value


def check_finds_every_story():
    """parse_stories() finds each story in page order"""
    found = _stories(pages.PAGE_1)
    expect_equal([story.get("title") for story in found],
                 [story["title"] for story in pages.PAGE_1_STORIES],
                 hint="Select every li.story (soup.select('li.story')) and take the text of its "
                      "a.title with get_text(strip=True).")


def check_fields():
    """Each story has its absolute url, points, comments and author"""
    expected = [dict(story, url=story["url"].format(base="http://board.test"))
                for story in pages.PAGE_1_STORIES]
    expect_equal(_stories(pages.PAGE_1), expected,
                 hint="urljoin(base_url, href) makes links absolute; take the first number in "
                      "the text of .points and a.comments (0 if there is none, as in 'discuss'); "
                      "author is None when there is no a.author.")


def check_other_pages_and_empty_ones():
    """Another page and a page without stories"""
    expect_equal(_stories(pages.PAGE_2, "http://board.test/news?page=2"),
                 [{"title": "Backoff, explained with a bakery", "url": "https://example.net/bakery",
                   "points": 88, "comments": 3, "author": "linus"}])
    expect_equal(_stories(pages.page([])), [], hint="A page with no li.story gives [].")


def check_next_page():
    """next_page() follows rel=next, made absolute, and gives None on the last page"""
    parse = learner_module()
    expect_equal(call(parse.next_page, pages.PAGE_1, BASE).value, "http://board.test/news?page=2",
                 hint="Find the link with rel='next' (soup.select_one('a[rel~=next]')) and "
                      "urljoin its href with base_url.")
    expect_equal(call(parse.next_page, pages.PAGE_2, "http://board.test/news?page=2").value,
                 "http://board.test/news?page=3",
                 hint="A relative href is resolved against the page it is on.")
    expect_equal(call(parse.next_page, pages.PAGE_3, "http://board.test/news?page=3").value, None)
