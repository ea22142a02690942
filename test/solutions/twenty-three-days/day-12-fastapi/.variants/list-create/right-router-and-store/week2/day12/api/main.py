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


class Store:
    """Items kept in memory, with ids that are never reused."""

    def __init__(self) -> None:
        self.items: List[Item] = []
        self.last_id = 0

    def add(self, item_in: ItemIn) -> Item:
        self.last_id += 1
        item = Item(id=self.last_id, name=item_in.name, price=item_in.price, tags=item_in.tags)
        self.items.append(item)
        return item

    def find(self, item_id: int) -> Item:
        for item in self.items:
            if item.id == item_id:
                return item
        raise HTTPException(404, "item not found")


def create_app() -> FastAPI:
    from fastapi import APIRouter

    app = FastAPI()
    store = Store()
    router = APIRouter(prefix="/items")

    @router.post("", status_code=201, response_model=Item)
    async def add(item_in: ItemIn):
        return store.add(item_in)

    @router.get("", response_model=List[Item])
    async def everything(tag: Optional[str] = Query(None), limit: int = Query(100, ge=1, le=100)):
        chosen = [item for item in store.items if tag is None or tag in item.tags]
        return chosen[:limit]

    @router.get("/{item_id}", response_model=Item)
    async def one(item_id: int):
        return store.find(item_id)

    @router.delete("/{item_id}", status_code=204)
    async def remove(item_id: int):
        store.items.remove(store.find(item_id))

    app.include_router(router)

    @app.middleware("http")
    async def catch_errors(request: Request, call_next):
        try:
            return await call_next(request)
        except Exception:
            logger.exception("unhandled error in %s %s", request.method, request.url.path)
            return JSONResponse({"detail": "Internal server error"}, status_code=500)

    @app.middleware("http")  # added last, so it wraps catch_errors and sees its 500s too
    async def log_requests(request: Request, call_next):
        started = time.perf_counter()
        response = await call_next(request)
        elapsed = (time.perf_counter() - started) * 1000
        access_log.info("%s %s %d %.1fms", request.method, request.url.path, response.status_code, elapsed)
        return response

    return app


app = create_app()
