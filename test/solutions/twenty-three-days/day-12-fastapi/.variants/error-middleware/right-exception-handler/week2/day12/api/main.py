"""The items API (see the starter's docstring for the full contract)."""
from __future__ import annotations

import logging
import time
from typing import Dict, List, Optional

from fastapi import FastAPI, HTTPException, Query, Request, Response, status
from fastapi.responses import JSONResponse

from .models import Item, ItemIn

logger = logging.getLogger("api")
access_log = logging.getLogger("api.requests")


def create_app() -> FastAPI:
    """Build the app, with an empty in-memory store of its own."""
    app = FastAPI(title="Items API")
    items: Dict[int, Item] = {}
    next_id = 1

    @app.post("/items", response_model=Item, status_code=status.HTTP_201_CREATED)
    def create_item(item_in: ItemIn) -> Item:
        nonlocal next_id
        item = Item(id=next_id, name=item_in.name, price=item_in.price, tags=list(item_in.tags))
        items[item.id] = item
        next_id += 1
        return item

    @app.get("/items", response_model=List[Item])
    def list_items(tag: Optional[str] = None, limit: int = Query(100, ge=1, le=100)) -> List[Item]:
        found = [item for item in items.values() if tag is None or tag in item.tags]
        return found[:limit]

    def find(item_id: int) -> Item:
        if item_id not in items:
            raise HTTPException(status_code=404, detail=f"no item with id {item_id}")
        return items[item_id]

    @app.get("/items/{item_id}", response_model=Item)
    def read_item(item_id: int) -> Item:
        return find(item_id)

    @app.delete("/items/{item_id}", status_code=status.HTTP_204_NO_CONTENT)
    def delete_item(item_id: int) -> Response:
        del items[find(item_id).id]
        return Response(status_code=status.HTTP_204_NO_CONTENT)

    @app.exception_handler(Exception)
    async def on_any_error(request: Request, error: Exception):
        logger.error("%s %s failed", request.method, request.url.path, exc_info=error)
        return JSONResponse(status_code=500, content={"detail": "Internal server error"})

    @app.middleware("http")  # added last, so it wraps catch_errors and sees its 500s too
    async def log_requests(request: Request, call_next):
        started = time.perf_counter()
        response = await call_next(request)
        elapsed = (time.perf_counter() - started) * 1000
        access_log.info("%s %s %d %.1fms", request.method, request.url.path, response.status_code, elapsed)
        return response

    return app


app = create_app()
