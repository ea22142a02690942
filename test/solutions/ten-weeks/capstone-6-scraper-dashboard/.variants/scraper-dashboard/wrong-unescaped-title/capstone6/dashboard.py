"""Capstone 6, part 3: results in SQLite and a REST API with a small dashboard."""
import html
import json
import sqlite3
from urllib.parse import urlsplit

from fastapi import FastAPI
from fastapi.responses import HTMLResponse


def save_pages(db_path, pages):
    with sqlite3.connect(str(db_path)) as db:
        db.execute("CREATE TABLE IF NOT EXISTS pages (url TEXT PRIMARY KEY, host TEXT,"
                   " status INTEGER, title TEXT, words INTEGER, links TEXT, error TEXT)")
        db.executemany(
            "INSERT OR REPLACE INTO pages VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(p["url"], urlsplit(p["url"]).netloc, p["status"], p["title"], p["words"],
              json.dumps(p["links"]), p["error"]) for p in pages])
    return len(pages)


def _rows(db_path, sql, args=()):
    db = sqlite3.connect(str(db_path))
    db.row_factory = sqlite3.Row
    try:
        return [dict(row) for row in db.execute(sql, args)]
    finally:
        db.close()


def create_app(db_path):
    app = FastAPI(title="Scraper dashboard")

    def pages(failed=None):
        rows = _rows(db_path, "SELECT url, host, status, title, words, error FROM pages ORDER BY url")
        if failed is not None:
            rows = [r for r in rows if (r["status"] != 200) == failed]
        return rows

    @app.get("/pages")
    def list_pages(failed: bool = None):
        return pages(failed)

    @app.get("/stats")
    def stats():
        rows = pages()
        by_host = {}
        for row in rows:
            by_host[row["host"]] = by_host.get(row["host"], 0) + 1
        ok = [r for r in rows if r["status"] == 200]
        return {"pages": len(rows), "ok": len(ok), "failed": len(rows) - len(ok),
                "words": sum(r["words"] for r in ok), "by_host": by_host}

    @app.get("/", response_class=HTMLResponse)
    def dashboard():
        lines = "".join(
            f"<tr><td>{html.escape(r['url'])}</td><td>{r['status']}</td>"
            f"<td>{r['title'] or ''}</td><td>{r['words']}</td></tr>" for r in pages())
        return ("<!doctype html><title>Scraper dashboard</title><h1>Scraper dashboard</h1>"
                f"<table><tr><th>URL</th><th>Status</th><th>Title</th><th>Words</th></tr>{lines}"
                "</table>")

    return app
