"""ORM models: a category has many items; items and tags are many-to-many.

TODO (milestone "Models and relationships"): fill in the columns and the
relationships. Keep the table names.
"""
from __future__ import annotations

from sqlalchemy import Column, Float, ForeignKey, Integer, String, Table
from sqlalchemy.orm import relationship

from .database import Base

# TODO: the association table "item_tags": an item_id column (foreign key to items.id)
# and a tag_id column (foreign key to tags.id), which together are its primary key.


class Category(Base):
    """A category, such as "kitchen". Its name is unique and required."""

    __tablename__ = "categories"

    id = Column(Integer, primary_key=True)
    name = Column(String(50), unique=True, nullable=False)
    # TODO: items, the list of this category's items (back_populates="category")


class Tag(Base):
    """A tag, such as "sale". Its name (up to 30 characters) is unique and required."""

    __tablename__ = "tags"

    id = Column(Integer, primary_key=True)
    # TODO: name, and items (many-to-many with Item through item_tags)


class Item(Base):
    """An item: name (up to 100 characters) and price are required, the category is optional."""

    __tablename__ = "items"

    id = Column(Integer, primary_key=True)
    # TODO: name, price, category_id (a foreign key that may be empty), category, and tags
