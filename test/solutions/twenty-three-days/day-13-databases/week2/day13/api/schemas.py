"""Pydantic models for the HTTP side: what clients send and what they get back."""
from __future__ import annotations

from typing import List, Optional

from pydantic import BaseModel, Field


class ItemIn(BaseModel):
    name: str = Field(..., min_length=1, max_length=100)
    price: float = Field(..., gt=0)
    tags: List[str] = Field(default_factory=list)
    category: Optional[str] = Field(None, min_length=1, max_length=50)


class ItemOut(BaseModel):
    id: int
    name: str
    price: float
    tags: List[str]
    category: Optional[str]
