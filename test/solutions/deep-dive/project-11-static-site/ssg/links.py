"""Finding links in the built site that lead nowhere."""
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

LINK_ATTRIBUTES = {"a": "href", "link": "href", "img": "src", "script": "src"}


class _LinkCollector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []

    def handle_starttag(self, tag, attrs):
        wanted = LINK_ATTRIBUTES.get(tag)
        for name, value in attrs:
            if name == wanted and value is not None:
                self.links.append(value)


def _target(output, page, href):
    parts = urlsplit(href)
    if parts.scheme or parts.netloc or not parts.path:
        return None  # another site, or only a #fragment / ?query
    if parts.path.startswith("/"):
        target = output / parts.path.lstrip("/")
    else:
        target = page.parent / parts.path
    if parts.path.endswith("/") or target.is_dir():
        target = target / "index.html"
    return target


def broken_links(output_dir):
    output = Path(output_dir)
    broken = []
    for page in sorted(output.rglob("*.html")):
        collector = _LinkCollector()
        collector.feed(page.read_text(encoding="utf-8"))
        for href in collector.links:
            target = _target(output, page, href)
            if target is not None and not target.is_file():
                broken.append((page.relative_to(output).as_posix(), href))
    return sorted(broken)
