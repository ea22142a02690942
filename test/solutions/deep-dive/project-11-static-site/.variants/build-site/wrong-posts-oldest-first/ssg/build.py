"""Building a whole site: every page, the navigation, the static files."""
import json
import os
import shutil
from pathlib import Path

from ssg.content import parse_page
from ssg.render import make_environment, render_page


def _write_if_changed(path, data, written, name):
    """Writes `data` (bytes) to `path` unless the file already holds exactly that."""
    if path.is_file() and path.read_bytes() == data:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    written.append(name)


def build(source_dir, output_dir):
    source, output = Path(source_dir), Path(output_dir)
    config = source / "site.json"
    site = {"title": "My site"}
    if config.is_file():
        site.update(json.loads(config.read_text(encoding="utf-8")))

    content = source / "content"
    pages = []
    for path in sorted(content.rglob("*.md")):
        meta, html = parse_page(path.read_text(encoding="utf-8"))
        url = path.relative_to(content).with_suffix(".html").as_posix()
        pages.append({"meta": meta, "html": html, "url": url})

    def summary(page):
        title = page["meta"].get("title") or Path(page["url"]).stem
        return {"url": page["url"], "title": title, "date": page["meta"].get("date", "")}

    site["pages"] = sorted((summary(p) for p in pages), key=lambda s: s["url"])
    site["posts"] = sorted((summary(p) for p in pages if p["url"].startswith("posts/")),
                           key=lambda s: s["date"])

    env = make_environment(source / "templates")
    expected = {}
    for page in pages:
        expected[page["url"]] = render_page(env, page, site).encode("utf-8")
    static = source / "static"
    if static.is_dir():
        for path in sorted(static.rglob("*")):
            if path.is_file():
                expected[path.relative_to(source).as_posix()] = path.read_bytes()

    written = []
    for name, data in expected.items():
        _write_if_changed(output / name, data, written, name)

    if output.is_dir():
        for path in sorted(output.rglob("*"), reverse=True):
            name = path.relative_to(output).as_posix()
            if path.is_file() and name not in expected:
                path.unlink()
            elif path.is_dir() and not any(path.iterdir()):
                path.rmdir()
    return sorted(written)
