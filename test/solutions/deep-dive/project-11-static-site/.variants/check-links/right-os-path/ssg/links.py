"""Finding links in the built site that lead nowhere, with os.path and a regular expression."""
import os
import re
from urllib.parse import urlsplit

LINK = re.compile(r'<(?:a|link)\b[^>]*?\bhref="([^"]*)"|<(?:img|script)\b[^>]*?\bsrc="([^"]*)"', re.I)


def broken_links(output_dir):
    output_dir = os.fspath(output_dir)
    found = []
    for folder, _, names in os.walk(output_dir):
        for name in names:
            if not name.endswith(".html"):
                continue
            page = os.path.join(folder, name)
            with open(page, encoding="utf-8") as file:
                html = file.read()
            for match in LINK.finditer(html):
                href = match.group(1) if match.group(1) is not None else match.group(2)
                parts = urlsplit(href)
                if parts.scheme or parts.netloc or not parts.path:
                    continue
                if parts.path.startswith("/"):
                    target = os.path.join(output_dir, parts.path.lstrip("/"))
                else:
                    target = os.path.join(folder, parts.path)
                if os.path.isdir(target):
                    target = os.path.join(target, "index.html")
                if not os.path.isfile(target):
                    found.append((os.path.relpath(page, output_dir).replace(os.sep, "/"), href))
    return sorted(found)
