"""Create, read, list and delete items. The caller owns the transaction: nothing here commits."""
from __future__ import annotations

from typing import Iterable, List, Optional

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import Category, Item, Tag


def _tag(session: Session, name: str) -> Tag:
    tag = session.scalars(select(Tag).where(Tag.name == name)).first()
    if tag is None:
        tag = Tag(name=name)
        session.add(tag)
    return tag


def _category(session: Session, name: str) -> Category:
    category = session.scalars(select(Category).where(Category.name == name)).first()
    if category is None:
        category = Category(name=name)
        session.add(category)
    return category


def create_item(session: Session, name: str, price: float, tags: Iterable[str] = (),
                category: Optional[str] = None) -> Item:
    """Add a new item, reusing tags and the category by name, and return it with its id set."""
    item = Item(name=name, price=price)
    item.tags = [_tag(session, tag) for tag in dict.fromkeys(tags)]
    if category is not None:
        item.category = _category(session, category)
    session.add(item)
    session.flush()
    return item


def get_item(session: Session, item_id: int) -> Optional[Item]:
    """The item with this id, or None."""
    return session.get(Item, item_id)


def list_items(session: Session, tag: Optional[str] = None, category: Optional[str] = None,
               limit: int = 100) -> List[Item]:
    """Items ordered by id, optionally only those with a tag and/or in a category."""
    query = select(Item)
    if tag is not None:
        query = query.join(Item.tags).where(Tag.name == tag)
    if category is not None:
        query = query.join(Item.category).where(Category.name == category)
    return session.scalars(query.order_by(Item.id).limit(limit)).all()


def delete_item(session: Session, item_id: int) -> bool:
    """Delete the item; True if it existed. Its tags and category stay."""
    item = session.get(Item, item_id)
    if item is None:
        return False
    session.delete(item)
    session.flush()
    return True
