"""Capstone 6, part 1: read what matters from one HTML page."""
from urllib.parse import urldefrag, urljoin

from bs4 import BeautifulSoup


def parse_page(html, base_url):
    """Return {"title": str, "links": [str], "words": int} for one page.

    title: the <title> text, stripped ("" if there is none).
    links: every <a href> made absolute against ``base_url``, without its #fragment, only
           http(s) ones (no mailto:, javascript:), each once, in the order they appear.
    words: how many words the visible text of the body has (<script> and <style> left out).
    """
    # TODO
    raise NotImplementedError("parse_page is not written yet")
