"""Uses find()/find_all() instead of CSS selectors."""

from __future__ import annotations

from typing import Any, Dict, List, Optional
from urllib.parse import urljoin

from bs4 import BeautifulSoup

Story = Dict[str, Any]


def _count(tag) -> int:
    if tag is None:
        return 0
    digits = "".join(ch if ch.isdigit() else " " for ch in tag.get_text()).split()
    return int(digits[0]) if digits else 0


def parse_stories(html: str, base_url: str) -> List[Story]:
    stories = []
    for item in BeautifulSoup(html, "html.parser").find_all("li", class_="story"):
        link = item.find("a", class_="title")
        author = item.find("a", class_="author")
        stories.append({
            "title": link.text.strip(),
            "url": urljoin(base_url, link["href"]),
            "points": _count(item.find(class_="points")),
            "comments": _count(item.find("a", class_="comments")),
            "author": author.text.strip() if author else None,
        })
    return stories


def next_page(html: str, base_url: str) -> Optional[str]:
    link = BeautifulSoup(html, "html.parser").find("a", rel="next")
    return urljoin(base_url, link["href"]) if link else None
