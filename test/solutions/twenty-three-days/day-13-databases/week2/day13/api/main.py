"""The items API from day 12, now backed by a database."""
from __future__ import annotations

from typing import Iterator, List, Optional

from fastapi import Depends, FastAPI, HTTPException, Query, Response
from sqlalchemy.orm import Session

from . import crud
from .database import Base, make_engine, make_session_factory, session_scope
from .models import Item
from .schemas import ItemIn, ItemOut


def to_out(item: Item) -> ItemOut:
    return ItemOut(id=item.id, name=item.name, price=item.price, tags=sorted(t.name for t in item.tags),
                   category=item.category.name if item.category else None)


def create_app(database_url: str = "sqlite:///items.db") -> FastAPI:
    """An app whose items live in the database at ``database_url`` (tables are created if missing)."""
    engine = make_engine(database_url)
    Base.metadata.create_all(engine)
    factory = make_session_factory(engine)
    app = FastAPI(title="Items API with a database")

    def get_session() -> Iterator[Session]:
        with session_scope(factory) as session:
            yield session

    app.state.get_session = get_session

    @app.post("/items", response_model=ItemOut, status_code=201)
    def create(item_in: ItemIn, session: Session = Depends(get_session)) -> ItemOut:
        item = crud.create_item(session, item_in.name, item_in.price, item_in.tags, item_in.category)
        return to_out(item)

    @app.get("/items", response_model=List[ItemOut])
    def listing(tag: Optional[str] = None, category: Optional[str] = None,
                limit: int = Query(100, ge=1, le=100), session: Session = Depends(get_session)) -> List[ItemOut]:
        return [to_out(item) for item in crud.list_items(session, tag=tag, category=category, limit=limit)]

    @app.get("/items/{item_id}", response_model=ItemOut)
    def read(item_id: int, session: Session = Depends(get_session)) -> ItemOut:
        item = crud.get_item(session, item_id)
        if item is None:
            raise HTTPException(404, f"no item with id {item_id}")
        return to_out(item)

    @app.delete("/items/{item_id}", status_code=204)
    def delete(item_id: int, session: Session = Depends(get_session)) -> Response:
        if not crud.delete_item(session, item_id):
            raise HTTPException(404, f"no item with id {item_id}")
        return Response(status_code=204)

    return app
