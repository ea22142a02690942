"""Checks for the `scraper-parse` milestone (capstone6/parse.py)."""
from pymastery import call, expect_equal, learner_module

PAGE = """<!doctype html>
<html><head><title>  Garden tools </title><style>body { color: green }</style></head>
<body>
  <h1>Spades and rakes</h1>
  <p>Our best <a href="/spades">spades</a> and <a href="rakes.html#top">rakes</a> today</p>
  <a href="https://other.example/forks">forks elsewhere</a>
  <a href="/spades">spades again</a> <a href="mailto:shop@example.com">mail us</a>
  <script>var hidden = "not words at all";</script>
</body></html>"""


def check_title_and_words():
    """the title is trimmed; words count the visible body text only"""
    page = call(learner_module().parse_page, PAGE, "http://127.0.0.1:8000/shop/").value
    expect_equal(page["title"], "Garden tools",
                 hint="soup.title.get_text(strip=True) trims the spaces.")
    expect_equal(page["words"], 15,
                 hint="Remove <script> and <style> tags (tag.decompose()) before counting, and "
                      "count the words of the body's text: get_text(' ').split().")
    empty = call(learner_module().parse_page, "<p>no title here</p>", "http://x.test/").value
    expect_equal((empty["title"], empty["words"]), ("", 3))


def check_links():
    """links are absolute, without fragments, http(s) only, each once, in page order"""
    page = call(learner_module().parse_page, PAGE, "http://127.0.0.1:8000/shop/").value
    expect_equal(page["links"], ["http://127.0.0.1:8000/spades",
                                 "http://127.0.0.1:8000/shop/rakes.html",
                                 "https://other.example/forks"],
                 hint="urljoin(base_url, href) makes a link absolute, urldefrag drops #top; "
                      "skip what does not start with http:// or https://, and links already "
                      "in the list.")
