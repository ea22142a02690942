"""Reading one Markdown source file: its front matter and its body."""
import markdown


def parse_front_matter(text):
    """Split `text` into (meta, body).

    Front matter is optional. When the very first line is `---`, every line up to the next
    `---` line is front matter and the rest is the body; otherwise there is none and the
    whole text is the body. In the front matter:

    - `key: value` sets meta["key"] to the value with the spaces around it removed (only the
      first ":" separates, so `time: 10:30` is "10:30");
    - a value in square brackets is a list of strings: `tags: [python, web]` gives
      ["python", "web"] (and `[]` an empty list);
    - blank lines and lines starting with `#` are skipped;
    - any other line raises ValueError, and so does a first `---` that is never closed.
    """
    raise NotImplementedError


def parse_page(text):
    """(meta, html): the front matter of `text`, and its body turned into HTML with the
    `markdown` package, with the "fenced_code" and "tables" extensions turned on."""
    raise NotImplementedError
