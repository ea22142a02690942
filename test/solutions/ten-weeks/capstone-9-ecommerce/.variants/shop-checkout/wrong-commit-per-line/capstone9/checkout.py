"""Capstone 9, part 2: checkout that never sells what is not there."""
import logging

from sqlalchemy import update

from catalog import from_cents
from models import CartItem, Order, Product

log = logging.getLogger("shop")


class OutOfStock(Exception):
    """Raised when a cart asks for more of a product than the shop has."""


def checkout(session, user):
    items = session.query(CartItem).filter_by(user=user).all()
    if not items:
        raise ValueError(f"the cart of {user} is empty")
    total = 0
    try:
        for item in items:
            done = session.execute(
                update(Product)
                .where(Product.id == item.product_id, Product.stock >= item.quantity)
                .values(stock=Product.stock - item.quantity))
            product = session.get(Product, item.product_id)
            if done.rowcount != 1:
                raise OutOfStock(f"not enough {product.name}: {item.quantity} wanted")
            total += product.price_cents * item.quantity
            session.commit()
        order = Order(user=user, total_cents=total)
        session.add(order)
        for item in items:
            session.delete(item)
        session.commit()
    except OutOfStock as exc:
        session.rollback()
        log.warning("checkout refused for %s: %s", user, exc)
        raise
    except Exception:
        session.rollback()
        raise
    log.info("order %s for %s: %s", order.id, user, from_cents(total))
    return {"order_id": order.id, "total": from_cents(total)}
