"""Pydantic models: what clients send and what the API answers."""
from __future__ import annotations

from typing import List

from pydantic import BaseModel, Field


class ItemIn(BaseModel):
    """What a client sends to create an item.

    TODO (milestone "Models that validate"):
    - name: text of 1 to 100 characters
    - price: a number greater than 0
    - tags: a list of strings, empty when left out
    Use Field(...) for the limits.
    """

    name: str
    price: float
    tags: List[str]


class Item(ItemIn):
    """An item as the API returns it: what the client sent, plus the id the API gave it."""

    id: int
