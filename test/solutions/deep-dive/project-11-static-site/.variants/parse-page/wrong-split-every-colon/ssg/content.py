"""Reading one Markdown source file: its front matter and its body."""
import markdown


def _value(text):
    if text.startswith("[") and text.endswith("]"):
        return [part.strip() for part in text[1:-1].split(",") if part.strip()]
    return text


def parse_front_matter(text):
    """Split `text` into (meta, body)."""
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].strip() != "---":
        return {}, text
    meta = {}
    for number, line in enumerate(lines[1:], start=2):
        stripped = line.strip()
        if stripped == "---":
            return meta, "".join(lines[number:])
        if not stripped or stripped.startswith("#"):
            continue
        key, colon, *rest = stripped.split(":"); value = rest[0] if rest else ""
        if not colon or not key.strip():
            raise ValueError("line %d of the front matter is not 'key: value': %r" % (number, stripped))
        meta[key.strip()] = _value(value.strip())
    raise ValueError("the front matter starting on line 1 is never closed with ---")


def parse_page(text):
    """(meta, html) of a Markdown source."""
    meta, body = parse_front_matter(text)
    html = markdown.markdown(body, extensions=["fenced_code", "tables"])
    return meta, html
