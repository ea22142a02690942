from typing import List

from pydantic import BaseModel, confloat, constr


class ItemIn(BaseModel):
    name: constr(min_length=1, max_length=100)
    price: confloat(gt=0)
    tags: List[str] = []


class Item(ItemIn):
    id: int
