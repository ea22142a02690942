"""The items API of day 12 in a compact form, with observability wired in.

The routes are given and work. What they report about themselves comes from
observability.py, which is where today's milestones are:

    POST /items          body {"name": str, "price": number > 0}  -> 201 and the item
    GET  /items                                                    -> 200 and the list
    GET  /items/{item_id}                                          -> 200 and the item, or 404
    GET  /health                                                   -> 200 or 503 (milestone)
    GET  /metrics                                                  -> Prometheus text (milestone)
"""
from __future__ import annotations

import logging
from typing import Callable, Dict, Optional

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel, Field

from . import observability

logger = logging.getLogger("api.items")


class ItemIn(BaseModel):
    name: str = Field(..., min_length=1, max_length=100)
    price: float = Field(..., gt=0)


class Item(ItemIn):
    id: int


def create_app(health_checks: Optional[Dict[str, Callable[[], object]]] = None) -> FastAPI:
    """A new app with an empty store. ``health_checks`` maps a name to a function
    that raises (or returns False) when that dependency is unwell."""
    app = FastAPI(title="Items API")
    items: Dict[int, Item] = {}
    next_id = 1

    @app.post("/items", status_code=201, response_model=Item)
    def create_item(data: ItemIn) -> Item:
        nonlocal next_id
        item = Item(id=next_id, **data.dict())
        items[item.id] = item
        next_id += 1
        logger.info("item created", extra={"item_id": item.id})
        return item

    @app.get("/items", response_model=list)
    def list_items() -> list:
        return [item.dict() for item in items.values()]

    @app.get("/items/{item_id}", response_model=Item)
    def read_item(item_id: int) -> Item:
        if item_id not in items:
            logger.warning("item not found", extra={"item_id": item_id})
            raise HTTPException(status_code=404, detail="Item not found")
        return items[item_id]

    metrics = observability.Metrics()
    app.state.metrics = metrics
    observability.add_health(app, health_checks if health_checks is not None else {"store": lambda: True})
    observability.add_metrics(app, metrics)
    observability.add_access_log(app)
    # Added last, so it is the outermost middleware: every log line of a request,
    # the access log included, already sees the request id.
    observability.add_request_id(app)
    return app


app = create_app()
