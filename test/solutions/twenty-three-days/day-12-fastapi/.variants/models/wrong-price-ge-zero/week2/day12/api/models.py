"""Pydantic models: what clients send and what the API answers."""
from __future__ import annotations

from typing import List

from pydantic import BaseModel, Field


class ItemIn(BaseModel):
    """What a client sends to create an item."""

    name: str = Field(..., min_length=1, max_length=100)
    price: float = Field(..., ge=0)
    tags: List[str] = Field(default_factory=list)


class Item(ItemIn):
    """An item as the API returns it: what the client sent, plus the id the API gave it."""

    id: int
