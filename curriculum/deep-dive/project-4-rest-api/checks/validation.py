"""Milestone: input validation (api/schemas.py, ItemIn and Credentials)."""
from pymastery import call, capture, expect, expect_equal
from pymastery.track.rest_api import FakeStore, expect_status, router_client, send
from pymastery.track.web_project import fresh_import


def _refused(model, hint, **fields):
    from pydantic import ValidationError

    outcome = capture(model, **fields)
    expect(isinstance(outcome.exception, ValidationError),
           "%s(%s) was accepted, expected a ValidationError"
           % (model.__name__, ", ".join("%s=%r" % pair for pair in fields.items())),
           hint=hint)


def check_item_rules():
    """ItemIn refuses an empty or too long name and a price of 0 or less"""
    schemas = fresh_import("api.schemas")
    item = call(schemas.ItemIn, name="lamp", price=9.5).value
    expect_equal((item.name, item.price), ("lamp", 9.5))
    rule = "Give the field its rules with Field(...): min_length and max_length, gt."
    _refused(schemas.ItemIn, rule, name="", price=9.5)
    _refused(schemas.ItemIn, rule, name="x" * 101, price=9.5)
    _refused(schemas.ItemIn, rule, name="lamp", price=0)
    _refused(schemas.ItemIn, rule, name="lamp", price=-3)
    call(schemas.ItemIn, name="x" * 100, price=0.01)


def check_credentials_rules():
    """Credentials refuses a malformed e-mail address and a short password"""
    schemas = fresh_import("api.schemas")
    call(schemas.Credentials, email="ada@example.com", password="correct horse")
    call(schemas.Credentials, email="a@b.io", password="12345678")
    email = ("Check the address with a validator: one '@', text before it, and a '.' in the "
             "part after it.")
    for bad in ("ada.example.com", "@example.com", "ada@", "ada@localhost", "a@b@c.com"):
        _refused(schemas.Credentials, email, email=bad, password="correct horse")
    _refused(schemas.Credentials, "Field(..., min_length=8) on the password.",
             email="ada@example.com", password="1234567")


def check_refused_before_the_route():
    """A bad item sent to POST /items gets 422 and never reaches the store"""
    store = FakeStore()
    client, _ = router_client(store)
    expect_status(send(client, "POST", "/items", json={"name": "", "price": 3}), 422,
                  hint="FastAPI answers 422 by itself when the body breaks ItemIn's rules.")
    expect_status(send(client, "POST", "/items", json={"name": "lamp", "price": -1}), 422)
    expect_status(send(client, "POST", "/items", json={"name": "lamp"}), 422)
    expect_equal(store.items, {}, hint="Nothing invalid may be stored.")
