"""Checks for the `shop-checkout` milestone (capstone9/checkout.py)."""
import importlib
import logging
import sqlite3
from contextlib import contextmanager
from decimal import Decimal

from pymastery import call, expect, expect_equal, expect_raises, learner_module, temp_folder


class _Records(logging.Handler):
    def __init__(self):
        super().__init__(logging.DEBUG)
        self.records = []

    def emit(self, record):
        self.records.append(record)


@contextmanager
def _shop():
    shop = learner_module()
    models = importlib.import_module(shop.CartItem.__module__)
    catalog = importlib.import_module(shop.from_cents.__module__)
    logger = logging.getLogger("shop")
    handler, old_level = _Records(), logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    with temp_folder() as folder:
        path = folder.path("shop.db")
        session = models.make_sessionmaker(path)()

        def query(sql, *args):
            with sqlite3.connect(path) as db:
                return db.execute(sql, args).fetchall()

        try:
            yield shop, catalog, session, query, handler.records
        finally:
            logger.removeHandler(handler)
            logger.setLevel(old_level)
            session.close()
            session.get_bind().dispose()


def check_makes_an_order():
    """checkout lowers the stock, stores the order, empties the cart"""
    with _shop() as (shop, catalog, session, query, records):
        tea = catalog.add_product(session, "tea", "3.50", 10).id
        cup = catalog.add_product(session, "cup", "4.99", 3).id
        catalog.add_to_cart(session, "ann", tea, 3)
        catalog.add_to_cart(session, "ann", cup, 1)
        order = call(shop.checkout, session, "ann").value
        expect_equal(order["total"], Decimal("15.49"), hint="3 x 3.50 + 4.99, in Decimal.")
        expect_equal(query("SELECT name, stock FROM products ORDER BY name"),
                     [("cup", 2), ("tea", 7)])
        expect_equal(query("SELECT id, user, total_cents FROM orders"),
                     [(order["order_id"], "ann", 1549)],
                     hint="Add an Order row and commit, then return its id.")
        expect_equal(query("SELECT COUNT(*) FROM cart_items"), [(0,)],
                     hint="Delete the user's CartItem rows in the same commit.")
        infos = [r.getMessage() for r in records if r.levelno == logging.INFO]
        expect(any(str(order["order_id"]) in m for m in infos),
               f"INFO records logged to 'shop': {infos!r}; none names order {order['order_id']}",
               hint="log.info('order %s for %s: %s', order.id, user, total)")


def check_all_or_nothing():
    """when one product is short, nothing changes at all"""
    with _shop() as (shop, catalog, session, query, records):
        tea = catalog.add_product(session, "tea", "3.50", 10).id
        cup = catalog.add_product(session, "cup", "4.99", 3).id
        catalog.add_to_cart(session, "ann", tea, 4)
        catalog.add_to_cart(session, "ann", cup, 2)
        query("UPDATE products SET stock = 1 WHERE name = 'cup'")     # sold in the shop meanwhile
        session.expire_all()
        error = expect_raises(shop.OutOfStock, shop.checkout, session, "ann",
                              hint="Check every line's stock; raise OutOfStock when one is short.")
        expect("cup" in str(error), f"the error says {str(error)!r}; it should name the cup")
        expect_equal(query("SELECT name, stock FROM products ORDER BY name"),
                     [("cup", 1), ("tea", 10)],
                     hint="The tea must not be sold either: session.rollback() undoes every "
                          "change since the last commit.")
        expect_equal(query("SELECT COUNT(*) FROM orders"), [(0,)])
        expect_equal(query("SELECT COUNT(*) FROM cart_items"), [(2,)],
                     hint="A refused checkout leaves the cart as it was.")
        expect(any(r.levelno == logging.WARNING for r in records),
               "a refused checkout logged no WARNING to the 'shop' logger")


def check_never_oversells():
    """two carts that together want more than the stock: the second is refused"""
    with _shop() as (shop, catalog, session, query, records):
        lamp = catalog.add_product(session, "lamp", "25.00", 3).id
        catalog.add_to_cart(session, "ann", lamp, 2)
        catalog.add_to_cart(session, "bob", lamp, 2)
        call(shop.checkout, session, "ann")
        expect_raises(shop.OutOfStock, shop.checkout, session, "bob",
                      hint="Only 1 lamp is left after ann's order: compare with the stock now, "
                           "not with the stock when the lamp went into the cart.")
        expect_equal(query("SELECT stock FROM products"), [(1,)],
                     hint="Stock never goes below 0: UPDATE ... WHERE stock >= quantity "
                          "changes no row when there is too little.")
        expect_raises(ValueError, shop.checkout, session, "carl",
                      hint="An empty cart raises ValueError.")
