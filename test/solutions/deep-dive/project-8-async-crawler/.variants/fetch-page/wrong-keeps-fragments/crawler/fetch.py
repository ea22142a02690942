"""Fetching one page and finding the links in it."""
from html.parser import HTMLParser
from typing import List, NamedTuple
from urllib.parse import urldefrag, urljoin, urlsplit


class Page(NamedTuple):
    url: str
    status: int
    links: List[str]


class _Anchors(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            for name, value in attrs:
                if name == "href" and value:
                    self.hrefs.append(value)


def extract_links(base_url, html):
    parser = _Anchors()
    parser.feed(html)
    links = []
    for href in parser.hrefs:
        url = urljoin(base_url, href.strip())
        if urlsplit(url).scheme in ("http", "https") and url not in links:
            links.append(url)
    return links


async def fetch_page(session, url):
    async with session.get(url) as response:
        links = []
        if response.status == 200 and response.content_type == "text/html":
            links = extract_links(url, await response.text())
        return Page(url, response.status, links)
