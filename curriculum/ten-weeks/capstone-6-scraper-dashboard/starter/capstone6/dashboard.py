"""Capstone 6, part 3: results in SQLite and a REST API with a small dashboard."""
import html
import json
import sqlite3
from urllib.parse import urlsplit

from fastapi import FastAPI
from fastapi.responses import HTMLResponse


def save_pages(db_path, pages):
    """Store crawl results in the table pages(url TEXT PRIMARY KEY, host TEXT, status INTEGER,
    title TEXT, words INTEGER, links TEXT, error TEXT), links as JSON text. Saving a URL again
    replaces its row. Return how many pages were given."""
    # TODO
    raise NotImplementedError("save_pages is not written yet")


def create_app(db_path):
    """A FastAPI app over the pages table:

    GET /pages          -> [{"url", "host", "status", "title", "words", "error"}] sorted by url
    GET /pages?failed=1 -> only pages whose status is not 200 (failed=0: only the 200 ones)
    GET /stats          -> {"pages", "ok", "failed", "words" (of the ok pages), "by_host"}
    GET /               -> an HTML page with a table of the pages (text escaped)
    """
    app = FastAPI(title="Scraper dashboard")
    # TODO: the routes
    return app
