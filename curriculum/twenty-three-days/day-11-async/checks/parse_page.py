"""Checks for the `parse-page` milestone: parse_page."""
from pymastery import call, expect_equal, fail, learner_module

BASE = "http://127.0.0.1:8000/docs/intro.html"


def _parse(html, base=BASE):
    return call(learner_module().parse_page, html, base).value


def _expect_links(actual, expected, hint):
    """Compares link lists and names the first difference, since long URLs are hard to compare by eye."""
    if actual == expected:
        return
    if not isinstance(actual, list):
        fail("links should be a list, got %r." % (actual,), hint=hint)
    extra = [link for link in actual if link not in expected]
    missing = [link for link in expected if link not in actual]
    if extra:
        message = "%r should not be among the links." % extra[0]
    elif missing:
        message = "%r is missing from the links." % missing[0]
    elif len(actual) != len(expected):
        message = "Some links appear more than once: %r." % sorted({l for l in actual if actual.count(l) > 1})
    else:
        message = "The links are right but in the wrong order."
    fail(message, hint=hint, expected=expected, actual=actual)


def check_title():
    """the title is found and its white space tidied"""
    title, _ = _parse("<html><head><title>\n   Getting   started\n  guide </title></head><body></body></html>")
    expect_equal(title, "Getting started guide",
                 hint="Take the text of the <title> tag, then \" \".join(text.split()) strips and collapses white space in one go.")


def check_no_title():
    """a page without a title, or with an empty one, has title None"""
    expect_equal(_parse("<html><body><h1>Hi</h1></body></html>")[0], None,
                 hint="BeautifulSoup's soup.title is None when the page has no <title>.")
    expect_equal(_parse("<html><head><title>   </title></head></html>")[0], None,
                 hint="A title that is only white space counts as no title: turn \"\" into None.")


def check_links_are_absolute():
    """relative links are resolved against the page's URL"""
    html = '<a href="/top.html">1</a><a href="next.html">2</a><a href="../up.html">3</a><a href="https://other.example/x">4</a>'
    _expect_links(_parse(html)[1],
                 ["http://127.0.0.1:8000/top.html", "http://127.0.0.1:8000/docs/next.html",
                  "http://127.0.0.1:8000/up.html", "https://other.example/x"],
                 hint="urllib.parse.urljoin(base_url, href) resolves /x, x and ../x the way a browser does.")


def check_links_filtered():
    """only http(s) links, without fragments, each once, not the page itself"""
    html = """<body>
      <a href="guide.html#install">install</a>
      <a href="guide.html#usage">usage</a>
      <a href="#top">top</a>
      <a href="intro.html">this page</a>
      <a href="mailto:team@example.org">mail</a>
      <a href="javascript:void(0)">js</a>
      <a name="anchor-only">no href</a>
      <a href=" spaced.html ">spaced</a>
      <a href="ftp://files.example/x">ftp</a>
    </body>"""
    _expect_links(_parse(html)[1], ["http://127.0.0.1:8000/docs/guide.html", "http://127.0.0.1:8000/docs/spaced.html"],
                 hint="Drop the #fragment with urldefrag, keep only http and https schemes, skip the page's own URL, "
                      "skip <a> tags with no href, and skip links you already have.")


def check_links_keep_order():
    """links come in the order they first appear"""
    html = "".join('<a href="/p%d">p</a>' % n for n in (5, 2, 9, 2, 5, 1))
    _expect_links(_parse(html, "http://127.0.0.1:8000/")[1],
                 ["http://127.0.0.1:8000/p5", "http://127.0.0.1:8000/p2", "http://127.0.0.1:8000/p9", "http://127.0.0.1:8000/p1"],
                 hint="A set forgets the order. Check membership in the list you are building (or use dict.fromkeys).")
