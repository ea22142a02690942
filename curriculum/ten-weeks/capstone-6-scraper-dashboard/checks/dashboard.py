"""Checks for the `scraper-dashboard` milestone (capstone6/dashboard.py)."""
import json
import sqlite3

from pymastery import call, expect, expect_equal, expect_in, learner_module, temp_folder

PAGES = [
    {"url": "http://b.test/", "status": 200, "title": "B <home>", "links": ["http://b.test/x"],
     "words": 40, "error": None},
    {"url": "http://a.test/", "status": 200, "title": "A", "links": [], "words": 10, "error": None},
    {"url": "http://a.test/gone", "status": 404, "title": "", "links": [], "words": 0,
     "error": "HTTP 404"},
]


def check_saves_pages():
    """save_pages stores one row per URL and replaces a URL saved again"""
    module = learner_module()
    with temp_folder() as folder:
        path = folder.path("crawl.db")
        expect_equal(call(module.save_pages, path, PAGES).value, 3)
        call(module.save_pages, path, [dict(PAGES[1], words=12)])
        db = sqlite3.connect(path)
        try:
            rows = db.execute("SELECT url, host, status, words, links FROM pages ORDER BY url").fetchall()
        finally:
            db.close()
    expect_equal([r[:4] for r in rows], [("http://a.test/", "a.test", 200, 12),
                                         ("http://a.test/gone", "a.test", 404, 0),
                                         ("http://b.test/", "b.test", 200, 40)],
                 hint="INSERT OR REPLACE with url as the PRIMARY KEY keeps one row per URL; "
                      "urlsplit(url).netloc is the host.")
    expect_equal(json.loads(rows[2][4]), ["http://b.test/x"], hint="Store links as JSON text.")


def _client(folder):
    from fastapi.testclient import TestClient

    module = learner_module()
    path = folder.path("crawl.db")
    module.save_pages(path, PAGES)
    return TestClient(call(module.create_app, path).value)


def check_rest_api():
    """GET /pages lists and filters, GET /stats sums up"""
    with temp_folder() as folder:
        client = _client(folder)
        listed = call(client.get, "/pages").value
        expect_equal(listed.status_code, 200)
        expect_equal([p["url"] for p in listed.json()],
                     ["http://a.test/", "http://a.test/gone", "http://b.test/"])
        expect_equal(set(listed.json()[0]), {"url", "host", "status", "title", "words", "error"})
        failed = call(client.get, "/pages", params={"failed": "true"}).value.json()
        expect_equal([p["url"] for p in failed], ["http://a.test/gone"],
                     hint="A query parameter `failed: bool = None` is None when absent.")
        good = call(client.get, "/pages", params={"failed": "false"}).value.json()
        expect_equal(len(good), 2)
        stats = call(client.get, "/stats").value.json()
        expect_equal(stats, {"pages": 3, "ok": 2, "failed": 1, "words": 50,
                             "by_host": {"a.test": 2, "b.test": 1}})


def check_dashboard_page():
    """GET / shows an HTML table with the pages, text escaped"""
    with temp_folder() as folder:
        client = _client(folder)
        response = call(client.get, "/").value
    expect_equal(response.status_code, 200)
    expect_in("text/html", response.headers.get("content-type", ""),
              hint="Use response_class=HTMLResponse on the route.")
    expect_in("<table", response.text)
    expect_in("http://a.test/gone", response.text)
    expect_in("B &lt;home&gt;", response.text,
              hint="Titles come from other people's pages: html.escape them before putting "
                   "them in your HTML.")
    expect("<home>" not in response.text, "the title <home> went into the page unescaped")
