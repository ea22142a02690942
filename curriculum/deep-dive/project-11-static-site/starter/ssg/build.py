"""Building a whole site: every page, the navigation, the static files."""
import json
import os
import shutil
from pathlib import Path

from ssg.content import parse_page
from ssg.render import make_environment, render_page


def build(source_dir, output_dir):
    """Build the site in `source_dir` into `output_dir` and return what was written.

    `source_dir` holds:
        content/   Markdown pages; content/posts/hello.md becomes posts/hello.html
        templates/ Jinja2 templates (see render.render_page)
        static/    files copied as they are: static/css/site.css -> static/css/site.css
        site.json  optional, {"title": ...}; the title defaults to "My site"

    Every page is rendered with `site` holding "title" plus:
        pages  every page as {"url", "title", "date"}, sorted by url
        posts  the pages under content/posts/, newest "date" first (front matter dates are
               written as 2024-05-01, so they sort as text)

    Milestone "Incremental rebuild": a file is written only when what it should hold is
    not already there; output files whose source is gone are deleted.

    Returns the output paths that were written, relative to `output_dir`, with "/",
    sorted: ["about.html", "index.html", "static/css/site.css", ...].
    """
    raise NotImplementedError
