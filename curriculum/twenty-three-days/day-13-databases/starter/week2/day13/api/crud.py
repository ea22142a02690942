"""Create, read, list and delete items.

Each function works inside the caller's session and transaction: it may
flush, so that ids are set, but it never commits. The caller decides.
"""
from __future__ import annotations

from typing import Iterable, List, Optional

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import Category, Item, Tag


def create_item(session: Session, name: str, price: float, tags: Iterable[str] = (),
                category: Optional[str] = None) -> Item:
    """Add a new item and return it, with its id already set.

    Tags and the category are found by name and reused when they exist, and
    created when they do not. A tag named twice in ``tags`` is added once.
    """
    raise NotImplementedError


def get_item(session: Session, item_id: int) -> Optional[Item]:
    """Return the item with this id, or None."""
    raise NotImplementedError


def list_items(session: Session, tag: Optional[str] = None, category: Optional[str] = None,
               limit: int = 100) -> List[Item]:
    """Return at most ``limit`` items ordered by id.

    With ``tag``, only the items that have that tag; with ``category``, only
    the items in that category; with both, only those that match both. Use
    select(); the work belongs in the database, not in a Python loop.
    """
    raise NotImplementedError


def delete_item(session: Session, item_id: int) -> bool:
    """Delete the item and return True, or return False if there is no such item.

    Its links to tags go with it; the tags and the category themselves stay.
    """
    raise NotImplementedError
