"""Capstone 9, part 2: checkout that never sells what is not there."""
import logging

from sqlalchemy import update

from catalog import from_cents
from models import CartItem, Order, Product

log = logging.getLogger("shop")


class OutOfStock(Exception):
    """Raised when a cart asks for more of a product than the shop has."""


def checkout(session, user):
    """Turn ``user``'s cart into an order; return {"order_id": int, "total": Decimal}.

    All or nothing: stock goes down by each quantity, an Order row is added and the cart is
    emptied, in one transaction. If any product lacks stock, raise OutOfStock (naming it) and
    change nothing at all. An empty cart raises ValueError. Stock never goes below 0.
    Log an INFO record naming the order id, and a WARNING when a checkout is refused.
    """
    # TODO
    raise NotImplementedError("checkout is not written yet")
