"""Capstone 9, part 1: products and carts, with money in Decimal.

Every function takes a SQLAlchemy session (from models.make_sessionmaker) and commits its
own changes.
"""
from decimal import Decimal, InvalidOperation

from models import CartItem, Product

CENT = Decimal("0.01")


def to_cents(price):
    """Turn a price given as str, int or Decimal ("19.99", 5, Decimal("0.10")) into whole cents.

    A float (or bool) raises TypeError. Text that is not a number, a negative price, or more
    than two decimal places raises ValueError.
    """
    # TODO
    raise NotImplementedError("to_cents is not written yet")


def from_cents(cents):
    """Turn whole cents back into a Decimal with two places: 1999 -> Decimal("19.99")."""
    # TODO
    raise NotImplementedError("from_cents is not written yet")


def add_product(session, name, price, stock):
    """Store a product and return it. A negative stock raises ValueError."""
    # TODO
    raise NotImplementedError("add_product is not written yet")


def list_products(session):
    """Return [{"id", "name", "price" (Decimal), "stock"}] sorted by name."""
    # TODO
    raise NotImplementedError("list_products is not written yet")


def add_to_cart(session, user, product_id, quantity=1):
    """Put ``quantity`` of a product in ``user``'s cart (adding to what is there); return cart().

    Unknown product: KeyError. quantity below 1, or more in the cart than in stock: ValueError.
    """
    # TODO
    raise NotImplementedError("add_to_cart is not written yet")


def cart(session, user):
    """Return {"items": [...], "total": Decimal} for ``user``, items sorted by product name.

    Each item is {"product_id", "name", "quantity", "price", "subtotal"}, money in Decimal.
    An empty cart has no items and a total of Decimal("0.00").
    """
    # TODO
    raise NotImplementedError("cart is not written yet")
