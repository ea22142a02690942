"""Checks for the `models` milestone: the pydantic models validate their data."""
from pymastery import call, capture, expect, expect_equal
from pymastery.track.packages import import_from

ROOT = "week2/day12"


def _models():
    return import_from(ROOT, "api.models")


def _rejects(model, hint, **data):
    from pydantic import ValidationError

    outcome = capture(model, **data)
    expect(isinstance(outcome.exception, ValidationError),
           "%s(%s) should be rejected with a ValidationError, but %s." % (
               model.__name__, ", ".join("%s=%r" % item for item in data.items()),
               "it was accepted" if outcome.exception is None else "it raised %r" % outcome.exception),
           hint=hint)


def check_accepts_good_data():
    """a sensible item is accepted, and numbers in text are converted"""
    models = _models()
    item = call(models.ItemIn, name="desk lamp", price="12.50", tags=["home"]).value
    expect_equal((item.name, item.price, item.tags), ("desk lamp", 12.5, ["home"]),
                 hint="Pydantic converts \"12.50\" to the float 12.5 because of the type hint.")


def check_tags_default_to_empty():
    """tags may be left out and each item gets its own list"""
    models = _models()
    first = call(models.ItemIn, name="a", price=1).value
    second = call(models.ItemIn, name="b", price=2).value
    expect_equal(first.tags, [], hint="Give tags a default: Field(default_factory=list).")
    first.tags.append("changed")
    expect_equal(second.tags, [], hint="Each item needs its own list; default_factory=list makes a new one every time.")


def check_name_length():
    """a name must have 1 to 100 characters"""
    models = _models()
    _rejects(models.ItemIn, "Field(..., min_length=1) refuses the empty string.", name="", price=1)
    _rejects(models.ItemIn, "Field(..., max_length=100) refuses longer names.", name="x" * 101, price=1)
    call(models.ItemIn, name="x" * 100, price=1)


def check_price_positive():
    """a price must be greater than zero"""
    models = _models()
    for price in (0, -5):
        _rejects(models.ItemIn, "Field(..., gt=0) means greater than 0; ge=0 would let 0 through.", name="free", price=price)
    _rejects(models.ItemIn, "A price that is not a number at all fails the float type.", name="x", price="cheap")


def check_item_has_id():
    """Item is an ItemIn with an id"""
    models = _models()
    item = call(models.Item, id=7, name="mug", price=3).value
    expect_equal((item.id, item.name, item.price, item.tags), (7, "mug", 3.0, []),
                 hint="Item inherits every field and rule of ItemIn and adds id: int.")
    expect(isinstance(item, models.ItemIn), "Item should be a subclass of ItemIn.", hint="class Item(ItemIn): ...")
    _rejects(models.Item, "Item keeps ItemIn's rules by inheriting them.", id=1, name="", price=1)
