"""Capstone 6, part 1: read what matters from one HTML page."""
from urllib.parse import urldefrag, urljoin

from bs4 import BeautifulSoup


def parse_page(html, base_url):
    soup = BeautifulSoup(html, "html.parser")
    title = soup.title.get_text(strip=True) if soup.title else ""
    links = []
    for anchor in soup.find_all("a", href=True):
        url = urljoin(base_url, anchor["href"].strip())
        if url.startswith(("http://", "https://")) and url not in links:
            links.append(url)
    for hidden in soup(["script", "style"]):
        hidden.decompose()
    body = soup.body or soup
    return {"title": title, "links": links, "words": len(body.get_text(" ").split())}
