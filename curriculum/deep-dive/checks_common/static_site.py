"""Helpers for the checks of project 11 (the learner's ssg/ package): a small site to build,
and a way to see which output files a build really wrote."""
import os

from pymastery import call, expect, fail

from .web_project import fresh_import

BASE = """<!doctype html>
<html><head><title>{% block title %}{{ title }}{% endblock %} | {{ site.title }}</title>
<link rel="stylesheet" href="{{ root }}static/css/main.css"></head>
<body><nav>{% for item in site.pages %}<a href="{{ root }}{{ item.url }}">{{ item.title }}</a>
{% endfor %}</nav>
<main>{% block body %}{{ content }}{% endblock %}</main></body></html>
"""

TEMPLATES = {
    "templates/base.html": BASE,
    "templates/page.html": '{% extends "base.html" %}',
    "templates/home.html": ('{% extends "base.html" %}{% block body %}{{ content }}<ol>'
                            '{% for post in site.posts %}<li data-date="{{ post.date }}">'
                            '<a href="{{ root }}{{ post.url }}">{{ post.title }}</a></li>'
                            '{% endfor %}</ol>{% endblock %}'),
}

SITE = dict(TEMPLATES, **{
    "site.json": '{"title": "Check Site"}',
    "content/index.md": "---\ntitle: Welcome\ntemplate: home.html\n---\nHello **there**.\n",
    "content/about.md": "---\ntitle: About us\n---\nWe make [posts](posts/older.html).\n",
    "content/posts/older.md": "---\ntitle: Older post\ndate: 2023-11-02\n---\nOld news.\n",
    "content/posts/newer.md": "---\ntitle: Newer post\ndate: 2024-02-10\n---\nNew news, see [about](../about.html).\n",
    "static/css/main.css": "body { color: #222; }\n",
    "static/img/dot.png": bytes(range(256)),
})

PAGES = ["about.html", "index.html", "posts/newer.html", "posts/older.html"]
STATIC = ["static/css/main.css", "static/img/dot.png"]


def run_build(folder):
    """Builds folder/site into folder/out with the learner's build(); returns what it returned."""
    build = fresh_import("ssg.build")
    written = call(build.build, folder.path("site"), folder.path("out")).value
    if not isinstance(written, list):
        fail("build() returned %r, expected the list of files it wrote" % (written,),
             hint="Collect each output path you write (relative, with /) and return them sorted.")
    return written


def visible_files(folder):
    """folder.files() without files whose name starts with "."."""
    return [name for name in folder.files() if not name.rsplit("/", 1)[-1].startswith(".")]


def site_files(folder, files=SITE):
    for name, content in files.items():
        folder.write("site/" + name, content)


OLD = 1_000_000_000


def age_output(folder):
    """Sets every output file's modification time far in the past, so that any file a build
    writes afterwards stands out."""
    out = folder.path("out")
    for base, _, names in os.walk(out):
        for name in names:
            os.utime(os.path.join(base, name), (OLD, OLD))


def touched(folder):
    """The output files (relative, sorted) written since age_output(). Files whose name
    starts with "." (a build's own notes, such as a saved fingerprint) don't count."""
    out = folder.path("out")
    found = []
    for base, _, names in os.walk(out):
        for name in names:
            path = os.path.join(base, name)
            if not name.startswith(".") and os.stat(path).st_mtime != OLD:
                found.append(os.path.relpath(path, out).replace(os.sep, "/"))
    return sorted(found)


def expect_rewrote(folder, written, expected, after, hint):
    really = touched(folder)
    expect(really == sorted(expected),
           "after %s, the build wrote %s; expected it to write %s"
           % (after, really or "nothing", sorted(expected) or "nothing"),
           hint=hint)
    expect(sorted(written) == really,
           "after %s, build() returned %s but the files it really wrote were %s"
           % (after, sorted(written), really),
           hint="Return exactly the paths you wrote this time, no more and no fewer.")
