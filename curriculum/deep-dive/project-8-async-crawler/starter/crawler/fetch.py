"""Fetching one page and finding the links in it."""
from html.parser import HTMLParser
from typing import List, NamedTuple
from urllib.parse import urldefrag, urljoin, urlsplit


class Page(NamedTuple):
    url: str
    status: int
    links: List[str]


def extract_links(base_url, html):
    """The absolute URLs the <a href="..."> tags of `html` point to, resolved against
    `base_url`, without their #fragment, each once, in the order they first appear.
    Only http and https URLs are kept (no mailto:, javascript: and the like)."""
    raise NotImplementedError


async def fetch_page(session, url):
    """GET `url` with the aiohttp ClientSession `session` and return Page(url, status, links).

    The links are extract_links(url, body) when the answer is 200 and its Content-Type is
    text/html; for anything else they are []. Network errors and timeouts are not caught
    here: they reach the caller."""
    raise NotImplementedError
