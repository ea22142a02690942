"""Building a whole site, skipping pages whose inputs have the same fingerprint as last time."""
import hashlib
import json
from pathlib import Path

from ssg.content import parse_page
from ssg.render import make_environment, render_page

STATE = ".ssg-state.json"


def _digest(*parts):
    sha = hashlib.sha256()
    for part in parts:
        sha.update(part if isinstance(part, bytes) else part.encode("utf-8"))
        sha.update(b"\0")
    return sha.hexdigest()


def build(source_dir, output_dir):
    source, output = Path(source_dir), Path(output_dir)
    site = {"title": "My site"}
    if (source / "site.json").is_file():
        site.update(json.loads((source / "site.json").read_text(encoding="utf-8")))
    content = source / "content"
    pages = []
    for path in sorted(content.rglob("*.md")):
        text = path.read_text(encoding="utf-8")
        meta, html = parse_page(text)
        url = path.relative_to(content).with_suffix(".html").as_posix()
        pages.append({"meta": meta, "html": html, "url": url, "text": text})
    summaries = [{"url": p["url"], "title": p["meta"].get("title") or Path(p["url"]).stem,
                  "date": p["meta"].get("date", "")} for p in pages]
    site["pages"] = sorted(summaries, key=lambda s: s["url"])
    site["posts"] = sorted([s for s in summaries if s["url"].startswith("posts/")],
                           key=lambda s: s["date"], reverse=True)

    templates = source / "templates"
    shared = _digest(json.dumps(site, sort_keys=True),
                     *[p.as_posix() + p.read_text(encoding="utf-8")
                       for p in sorted(templates.rglob("*")) if p.is_file()])
    state_file = output / STATE
    old = json.loads(state_file.read_text()) if state_file.is_file() else {}
    new, written = {}, []
    env = make_environment(templates)

    for page in pages:
        name = page["url"]
        new[name] = _digest(shared, page["text"])
        if old.get(name) != new[name] or not (output / name).is_file():
            target = output / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(render_page(env, page, site), encoding="utf-8")
            written.append(name)
    for path in sorted((source / "static").rglob("*")) if (source / "static").is_dir() else []:
        if path.is_file():
            name = path.relative_to(source).as_posix()
            data = path.read_bytes()
            new[name] = _digest(data)
            if old.get(name) != new[name] or not (output / name).is_file():
                (output / name).parent.mkdir(parents=True, exist_ok=True)
                (output / name).write_bytes(data)
                written.append(name)
    for name in old:
        if name not in new and (output / name).is_file():
            (output / name).unlink()
    output.mkdir(parents=True, exist_ok=True)
    state_file.write_text(json.dumps(new, indent=1))
    return sorted(written)
