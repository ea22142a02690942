"""The shapes of the JSON the API accepts and sends back (pydantic models)."""
from pydantic import BaseModel


class ItemIn(BaseModel):
    """What a client sends to create or replace an item.

    Milestone "Input validation": `name` must be 1 to 100 characters and `price` must be
    greater than 0. Anything else is refused before a route runs (FastAPI answers 422).
    """

    name: str
    price: float


class Credentials(BaseModel):
    """An e-mail address and a password, sent to /auth/register and /auth/login.

    Milestone "Input validation": `email` must hold one "@" with text on both sides, and a
    "." somewhere after the "@"; `password` must be at least 8 characters.
    """

    email: str
    password: str
