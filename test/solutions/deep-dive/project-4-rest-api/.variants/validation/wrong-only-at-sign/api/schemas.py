"""The shapes of the JSON the API accepts and sends back (pydantic models)."""
from pydantic import BaseModel, Field, validator


class ItemIn(BaseModel):
    """What a client sends to create or replace an item."""

    name: str = Field(..., min_length=1, max_length=100)
    price: float = Field(..., gt=0)


class Credentials(BaseModel):
    """An e-mail address and a password, sent to /auth/register and /auth/login."""

    email: str
    password: str = Field(..., min_length=8)

    @validator("email")
    def looks_like_an_address(cls, value):
        if "@" not in value:
            raise ValueError("not an e-mail address")
        return value
