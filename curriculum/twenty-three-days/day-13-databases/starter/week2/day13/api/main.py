"""The items API from day 12, now backed by a database.

Same contract as day 12, with two additions: an item may have a category
(a name, or null), and GET /items also takes ?category=. Items come back as

    {"id": 1, "name": "lamp", "price": 12.5, "tags": ["home", "sale"], "category": "kitchen"}

with the tags sorted by name.
"""
from __future__ import annotations

from typing import Iterator, List, Optional

from fastapi import Depends, FastAPI, HTTPException, Query, Response
from sqlalchemy.orm import Session

from . import crud
from .database import Base, make_engine, make_session_factory, session_scope
from .models import Item
from .schemas import ItemIn, ItemOut


def create_app(database_url: str = "sqlite:///items.db") -> FastAPI:
    """Return an app whose items live in the database at ``database_url``.

    Create the tables if they are missing. Each request gets its own session
    through a dependency that uses session_scope, so a request that fails
    leaves the database as it was.
    """
    app = FastAPI(title="Items API with a database")
    # TODO (milestone "The API on a database")
    return app
