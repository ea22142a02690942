"""Turn a board page into records (milestone 2)."""

from __future__ import annotations

from typing import Any, Dict, List, Optional
from urllib.parse import urljoin

from bs4 import BeautifulSoup

Story = Dict[str, Any]


def parse_stories(html: str, base_url: str) -> List[Story]:
    """One dict per ``li.story`` of the page, in page order, with the keys

    ``title`` (the text of ``a.title``, stripped), ``url`` (its href made absolute
    against ``base_url``), ``points`` and ``comments`` (the numbers in ``.points`` and
    ``a.comments``; 0 when missing or without a number, as in "discuss") and ``author``
    (the text of ``a.author``, or None).
    """
    raise NotImplementedError("parse_stories() is not written yet")


def next_page(html: str, base_url: str) -> Optional[str]:
    """The absolute address of the page's ``a[rel=next]`` link, or None on the last page."""
    raise NotImplementedError("next_page() is not written yet")
