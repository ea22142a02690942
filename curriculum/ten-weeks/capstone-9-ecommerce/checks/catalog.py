"""Checks for the `shop-catalog` milestone (capstone9/catalog.py)."""
import importlib
from contextlib import contextmanager
from decimal import Decimal

from pymastery import call, expect, expect_equal, expect_raises, learner_module, temp_folder


@contextmanager
def _shop():
    catalog = learner_module()
    models = importlib.import_module(catalog.Product.__module__)
    with temp_folder() as folder:
        Session = models.make_sessionmaker(folder.path("shop.db"))
        session = Session()
        try:
            yield catalog, session
        finally:
            session.close()
            session.get_bind().dispose()


def check_money_in_cents():
    """to_cents and from_cents convert exactly, and refuse floats and odd prices"""
    catalog = learner_module()
    for given, cents in [("19.99", 1999), (5, 500), (Decimal("0.10"), 10), ("0.1", 10), ("0", 0)]:
        expect_equal(call(catalog.to_cents, given).value, cents,
                     hint="Decimal(price) is exact for str, int and Decimal; multiply by 100 "
                          "and turn it into an int.")
    expect_raises(TypeError, catalog.to_cents, 0.1,
                  hint="A float is already inexact (0.1 is really 0.1000000000000000055...): "
                       "refuse it with TypeError.")
    for bad in ("1.999", "-1", "ten", ""):
        expect_raises(ValueError, catalog.to_cents, bad,
                      hint="Compare the Decimal with amount.quantize(Decimal('0.01')) to spot "
                           "a third decimal place; catch decimal.InvalidOperation for text.")
    value = call(catalog.from_cents, 1999).value
    expect(isinstance(value, Decimal) and str(value) == "19.99",
           f"from_cents(1999) returned {value!r}; expected Decimal('19.99')")
    expect_equal(str(call(catalog.from_cents, 5).value), "0.05",
                 hint="quantize(Decimal('0.01')) keeps two places, so 5 cents shows as 0.05.")


def check_products():
    """products are stored with their stock and listed by name with Decimal prices"""
    with _shop() as (catalog, session):
        call(catalog.add_product, session, "tea", "3.50", 10)
        call(catalog.add_product, session, "apple", "0.10", 100)
        expect_raises(ValueError, catalog.add_product, session, "ghost", "1.00", -1,
                      hint="Refuse a negative stock before adding anything.")
        listed = call(catalog.list_products, session).value
        expect_equal([(p["name"], p["price"], p["stock"]) for p in listed],
                     [("apple", Decimal("0.10"), 100), ("tea", Decimal("3.50"), 10)],
                     hint="Order by Product.name and give each price as from_cents(price_cents).")
        expect(all(isinstance(p["id"], int) for p in listed), "each product needs its id")


def check_cart_adds_up():
    """the cart adds quantities up and totals exactly"""
    with _shop() as (catalog, session):
        apple = catalog.add_product(session, "apple", "0.10", 5).id
        pear = catalog.add_product(session, "pear", "0.20", 2).id
        call(catalog.add_to_cart, session, "ann", apple, 2)
        call(catalog.add_to_cart, session, "ann", pear)
        result = call(catalog.add_to_cart, session, "ann", apple, 1).value
        expect_equal(result["total"], Decimal("0.50"),
                     hint="Three apples at 0.10 and a pear at 0.20: add the subtotals as "
                          "Decimal, starting from Decimal('0.00').")
        expect_equal([(i["name"], i["quantity"], i["subtotal"]) for i in result["items"]],
                     [("apple", 3, Decimal("0.30")), ("pear", 1, Decimal("0.20"))],
                     hint="Adding a product already in the cart raises its quantity instead "
                          "of making a second line.")
        expect_equal(call(catalog.cart, session, "bob").value,
                     {"items": [], "total": Decimal("0.00")},
                     hint="Each user has a cart of their own.")


def check_cart_refuses_bad_requests():
    """unknown products, zero quantities and more than the stock are refused"""
    with _shop() as (catalog, session):
        pear = catalog.add_product(session, "pear", "0.20", 2).id
        expect_raises(KeyError, catalog.add_to_cart, session, "ann", 999,
                      hint="session.get(Product, product_id) gives None for an unknown id.")
        expect_raises(ValueError, catalog.add_to_cart, session, "ann", pear, 0)
        call(catalog.add_to_cart, session, "ann", pear, 2)
        expect_raises(ValueError, catalog.add_to_cart, session, "ann", pear, 1,
                      hint="2 in the cart plus 1 more is more than the 2 in stock.")
        expect_equal(call(catalog.cart, session, "ann").value["items"][0]["quantity"], 2)
