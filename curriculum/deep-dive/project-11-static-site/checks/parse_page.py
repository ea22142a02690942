"""Milestone: front matter and Markdown (ssg/content.py, parse_front_matter and parse_page)."""
import re

from pymastery import call, capture, expect, expect_equal, expect_isinstance
from pymastery.track.web_project import fresh_import

POST = """---
title: Hello, pages
date: 2024-05-01
tags: [python, web ,  notes]
# a comment
time: 10:30

---
# A heading

Some *emphasis* and a [link](other.html).
"""


def check_reads_front_matter():
    """The front matter becomes a dict, with lists in square brackets"""
    content = fresh_import("ssg.content")
    meta, body = call(content.parse_front_matter, POST).value
    expect_equal(meta, {"title": "Hello, pages", "date": "2024-05-01",
                        "tags": ["python", "web", "notes"], "time": "10:30"},
                 hint="Split each line at its first ':' only (str.partition), strip both sides, "
                      "and split a [bracketed] value at its commas.")
    expect_equal(body, "# A heading\n\nSome *emphasis* and a [link](other.html).\n",
                 hint="The body is everything after the closing --- line, untouched.")


def check_no_front_matter():
    """Text without front matter is all body"""
    content = fresh_import("ssg.content")
    text = "Just text.\n---\nwith a rule in it\n"
    expect_equal(call(content.parse_front_matter, text).value, ({}, text),
                 hint="Front matter only counts when the very first line is ---.")
    expect_equal(call(content.parse_front_matter, "---\n---\nBody\n").value, ({}, "Body\n"))
    expect_equal(call(content.parse_front_matter, "---\ntags: []\n---\n").value,
                 ({"tags": []}, ""))


def check_bad_front_matter():
    """A front matter line without a colon, or no closing ---, raises ValueError"""
    content = fresh_import("ssg.content")
    for text, why in (("---\ntitle: x\nnot a pair\n---\nbody\n", "a line without ':'"),
                      ("---\ntitle: never closed\n\nBody text\n", "no closing ---")):
        outcome = capture(content.parse_front_matter, text)
        expect_isinstance(outcome.exception, ValueError,
                          message="parse_front_matter(%r) should raise ValueError (%s)" % (text, why),
                          hint="raise ValueError with a message that names the line, so the "
                               "author can find the mistake.")


def check_markdown_to_html():
    """parse_page turns the body into HTML"""
    content = fresh_import("ssg.content")
    meta, html = call(content.parse_page, POST).value
    expect_equal(meta["title"], "Hello, pages")
    expect(re.search(r"<h1[^>]*>A heading</h1>", html) is not None,
           "the HTML has no <h1> for '# A heading': %r" % html[:300],
           hint="Convert only the body (not the front matter) with markdown.markdown(body, ...).")
    expect_in_html = [("<em>emphasis</em>", "emphasis"), ('<a href="other.html">link</a>', "a link")]
    for snippet, what in expect_in_html:
        expect(snippet in html, "the HTML has no %s: %r" % (what, html[:300]))
    expect("title:" not in html, "the front matter ended up in the HTML: %r" % html[:300],
           hint="Give markdown only the body that parse_front_matter returned.")


def check_fences_and_tables():
    """Fenced code and tables are turned on"""
    content = fresh_import("ssg.content")
    text = "```\nx = 1 < 2\n```\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n"
    _, html = call(content.parse_page, text).value
    expect("<pre><code" in html and "x = 1 &lt; 2" in html,
           "a ``` fenced block did not become <pre><code>: %r" % html[:300],
           hint='Pass extensions=["fenced_code", "tables"] to markdown.markdown.')
    expect("<table>" in html and "<td>2</td>" in html,
           "the table did not become a <table>: %r" % html[:300],
           hint='Pass extensions=["fenced_code", "tables"] to markdown.markdown.')
