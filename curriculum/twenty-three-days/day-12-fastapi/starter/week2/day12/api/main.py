"""The items API.

Every call of create_app() builds a new app with its own empty store, so each
test starts from nothing. The API it serves:

    POST   /items               body: ItemIn   -> 201 and the new Item
    GET    /items?tag=&limit=                  -> 200 and a list of Items, oldest first
    GET    /items/{item_id}                    -> 200 and the Item, or 404
    DELETE /items/{item_id}                    -> 204 and no body, or 404

Ids start at 1 and go up by one; an id is never handed out twice, even after
a delete. ``tag`` keeps only the items that have that tag; ``limit`` (1 to
100, default 100) caps how many come back. Every error answer is JSON with a
"detail" key; FastAPI's own 422 for a bad request already is.
"""
from __future__ import annotations

import logging
import time
from typing import Dict, List, Optional

from fastapi import FastAPI, HTTPException, Query, Request, Response, status
from fastapi.responses import JSONResponse

from .models import Item, ItemIn

logger = logging.getLogger("api")               # errors go here
access_log = logging.getLogger("api.requests")  # one line per request goes here


def create_app() -> FastAPI:
    """Build the app, with an empty in-memory store of its own."""
    app = FastAPI(title="Items API")
    items: Dict[int, Item] = {}

    # TODO (milestone "Create and list items"): POST /items and GET /items.

    # TODO (milestone "Read and delete one item"): GET and DELETE /items/{item_id}.

    # TODO (milestone "Errors never leak"): an HTTP middleware that turns any
    # unhandled exception into a 500 answer {"detail": "Internal server error"}
    # and logs it, with its traceback, on `logger` at ERROR level.

    # TODO (milestone "Log every request"): an HTTP middleware that logs one line
    # per request on `access_log` at INFO level with the method, the path, the
    # status code and the time taken in milliseconds, e.g. "GET /items 200 1.3ms".
    # Requests that end in an unhandled error are logged too, with status 500.

    return app


app = create_app()
