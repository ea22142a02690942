"""Milestone: a typed field descriptor (tinyorm/fields.py, Field)."""
from pymastery import call, capture, expect, expect_equal, expect_isinstance, learner_module


def _product_class():
    fields = learner_module()
    Field = fields.Field

    class Product:
        name = Field(str)
        price = Field(float)
        stock = Field(int, nullable=True, default=0)
        code = Field(str, unique=True)

    return Product


def check_names_itself():
    """On the class, a field is the Field itself and knows its name and column"""
    Product = _product_class()
    field = Product.__dict__["price"]
    expect(Product.price is field, "Product.price gave %r, not the Field" % (Product.price,),
           hint="In __get__, obj is None when the attribute is read on the class: return self.")
    expect_equal((field.name, field.column), ("price", "price"),
                 hint="__set_name__(self, owner, name) is called once, when the class is made; "
                      "keep the name, and use it as the column too.")


def check_one_value_per_instance():
    """Each instance keeps its own values, in its own __dict__"""
    Product = _product_class()
    kettle, lamp = Product(), Product()
    kettle.name = "kettle"
    lamp.name = "lamp"
    expect_equal((kettle.name, lamp.name), ("kettle", "lamp"),
                 hint="One Field object serves every instance: store the value on the instance "
                      "(obj.__dict__[self.column]), never on the Field.")
    expect_equal(kettle.__dict__.get("name"), "kettle",
                 hint="db_value() and load() read and write obj.__dict__[self.column]: keep "
                      "the value there.")


def check_defaults():
    """A value never set reads as the field's default"""
    Product = _product_class()
    item = Product()
    expect_equal(item.stock, 0, hint="obj.__dict__.get(self.column, self.default).")
    expect_equal(item.name, None)


def check_validates_types():
    """Wrong types raise TypeError naming the field; an int becomes a float for a float field"""
    Product = _product_class()
    item = Product()
    outcome = capture(setattr, item, "name", 42)
    expect_isinstance(outcome.exception, TypeError,
                      hint="In __set__, compare the value with self.type using isinstance.")
    expect("name" in str(outcome.exception),
           "the error says %r; it should name the field" % str(outcome.exception))
    item.price = 3
    expect_equal((item.price, type(item.price).__name__), (3.0, "float"),
                 hint="An int for a float field is fine: store float(value).")
    outcome = capture(setattr, item, "stock", True)
    expect_isinstance(outcome.exception, TypeError,
                      hint="bool is a subclass of int, so isinstance(True, int) is True: refuse "
                           "bools explicitly.")
    outcome = capture(setattr, item, "price", "cheap")
    expect_isinstance(outcome.exception, TypeError)


def check_nullable():
    """None is refused unless the field is nullable"""
    Product = _product_class()
    item = Product()
    item.stock = None
    expect_equal(item.stock, None)
    outcome = capture(setattr, item, "code", None)
    expect_isinstance(outcome.exception, TypeError,
                      hint="Check `value is None` first: fine for a nullable field, an error "
                           "otherwise.")


def check_column_sql():
    """column_sql describes the column for CREATE TABLE"""
    Product = _product_class()
    definitions = [call(Product.__dict__[name].column_sql).value
                   for name in ("name", "price", "stock", "code")]
    expect_equal(definitions, ["name TEXT NOT NULL", "price REAL NOT NULL", "stock INTEGER",
                               "code TEXT NOT NULL UNIQUE"],
                 hint="The column, then SQL_TYPES[self.type], then NOT NULL unless nullable, then "
                      "UNIQUE when unique, joined with spaces.")
