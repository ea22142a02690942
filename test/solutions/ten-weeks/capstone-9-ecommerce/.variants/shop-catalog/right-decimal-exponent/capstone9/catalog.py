"""Capstone 9, part 1: products and carts, with money in Decimal."""
from decimal import Decimal, InvalidOperation

from models import CartItem, Product

CENT = Decimal("0.01")


def to_cents(price):
    if type(price) not in (str, int, Decimal):
        raise TypeError(f"prices are str, int or Decimal, not {type(price).__name__}")
    try:
        amount = Decimal(str(price))
    except InvalidOperation:
        raise ValueError(price) from None
    if amount.is_nan() or amount.is_infinite() or amount.is_signed() and amount != 0:
        raise ValueError(price)
    if amount.as_tuple().exponent < -2 and amount != amount.quantize(CENT):
        raise ValueError(price)
    return int((amount * 100).to_integral_value())


def from_cents(cents):
    return (Decimal(cents) / 100).quantize(CENT)


def add_product(session, name, price, stock):
    if stock < 0:
        raise ValueError("stock cannot be negative")
    product = Product(name=name, price_cents=to_cents(price), stock=stock)
    session.add(product)
    session.commit()
    return product


def list_products(session):
    products = session.query(Product).order_by(Product.name).all()
    return [{"id": p.id, "name": p.name, "price": from_cents(p.price_cents), "stock": p.stock}
            for p in products]


def add_to_cart(session, user, product_id, quantity=1):
    if quantity < 1:
        raise ValueError("quantity must be at least 1")
    product = session.get(Product, product_id)
    if product is None:
        raise KeyError(product_id)
    item = session.query(CartItem).filter_by(user=user, product_id=product_id).one_or_none()
    wanted = quantity + (item.quantity if item else 0)
    if wanted > product.stock:
        raise ValueError(f"only {product.stock} {product.name} in stock")
    if item is None:
        session.add(CartItem(user=user, product_id=product_id, quantity=quantity))
    else:
        item.quantity = wanted
    session.commit()
    return cart(session, user)


def cart(session, user):
    rows = (session.query(CartItem, Product).join(Product, CartItem.product_id == Product.id)
            .filter(CartItem.user == user).order_by(Product.name).all())
    items = [{"product_id": product.id, "name": product.name, "quantity": item.quantity,
              "price": from_cents(product.price_cents),
              "subtotal": from_cents(product.price_cents * item.quantity)}
             for item, product in rows]
    return {"items": items, "total": sum((i["subtotal"] for i in items), Decimal("0.00"))}
