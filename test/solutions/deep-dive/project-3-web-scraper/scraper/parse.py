"""Turn a board page into records (milestone 2)."""

from __future__ import annotations

import re
from typing import Any, Dict, List, Optional
from urllib.parse import urljoin

from bs4 import BeautifulSoup

Story = Dict[str, Any]


def _number(tag) -> int:
    """The first whole number in a tag's text ("142 points" -> 142); 0 without one."""
    found = re.search(r"\d+", tag.get_text()) if tag is not None else None
    return int(found.group()) if found else 0


def parse_stories(html: str, base_url: str) -> List[Story]:
    """One dict per ``li.story`` of the page, in page order, with the keys

    ``title`` (the text of ``a.title``, stripped), ``url`` (its href made absolute
    against ``base_url``), ``points`` and ``comments`` (the numbers in ``.points`` and
    ``a.comments``; 0 when missing or without a number, as in "discuss") and ``author``
    (the text of ``a.author``, or None).
    """
    soup = BeautifulSoup(html, "html.parser")
    stories = []
    for item in soup.select("li.story"):
        link = item.select_one("a.title")
        if link is None:
            continue
        author = item.select_one("a.author")
        stories.append({
            "title": link.get_text(strip=True),
            "url": urljoin(base_url, link.get("href", "")),
            "points": _number(item.select_one(".points")),
            "comments": _number(item.select_one("a.comments")),
            "author": author.get_text(strip=True) if author is not None else None,
        })
    return stories


def next_page(html: str, base_url: str) -> Optional[str]:
    """The absolute address of the page's ``a[rel=next]`` link, or None on the last page."""
    link = BeautifulSoup(html, "html.parser").select_one('a[rel~="next"]')
    return urljoin(base_url, link["href"]) if link is not None and link.get("href") else None
