"""Milestone: models that create, save, load and delete rows (tinyorm/model.py, Model)."""
import sqlite3
from contextlib import contextmanager

from pymastery import call, capture, expect, expect_equal, expect_isinstance, learner_module, temp_folder


@contextmanager
def _shop():
    """The learner's Model on a fresh database in a temporary folder, with two models."""
    model = learner_module()
    Field, Model = model.Field, model.Model
    with temp_folder() as folder:
        connection = sqlite3.connect(folder.path("shop.db"))
        try:
            Model.use(connection)

            class Customer(Model):
                name = Field(str)
                handle = Field(str, unique=True)
                born = Field(int, nullable=True)

            class Order(Model):
                table_name = "shop_orders"
                total = Field(float)
                note = Field(str, default="none")

            yield Field, Customer, Order, connection
        finally:
            connection.close()


def _table_sql(connection, table):
    row = connection.execute("SELECT sql FROM sqlite_master WHERE name = ?", [table]).fetchone()
    return row and row[0]


def check_collects_fields():
    """Each subclass knows its fields in order and gets a table name"""
    with _shop() as (Field, Customer, Order, _):
        expect_equal(list(Customer._fields), ["name", "handle", "born"],
                     hint="In __init_subclass__, keep the class attributes that are Field "
                          "instances, in the order vars(cls) lists them.")
        expect_equal(list(Order._fields), ["total", "note"],
                     hint="Each subclass gets its own dict: assign cls._fields, don't update the "
                          "one on Model.")
        expect_equal((Customer.table_name, Order.table_name), ("customers", "shop_orders"),
                     hint="Keep a table_name the class sets itself; otherwise use the class name "
                          "in lower case plus 's'.")

        class VipCustomer(Customer):
            level = Field(int)

        expect_equal(list(VipCustomer._fields), ["name", "handle", "born", "level"],
                     hint="Walk reversed(cls.__mro__) so inherited fields come first.")


def check_init_validates():
    """The constructor sets fields through their descriptors and refuses bad input"""
    with _shop() as (_, Customer, Order, _):
        ada = call(Customer, name="Ada", handle="ada@example.com").value
        expect_equal((ada.id, ada.name, ada.born), (None, "Ada", None),
                     hint="id is None until saved; a nullable field not given is None.")
        expect_equal(call(Order, total=5).value.note, "none", hint="Fill in defaults.")
        for kwargs, why in [({"name": "Ada"}, "a required field is missing"),
                            ({"name": "Ada", "handle": "a@b", "shoe": 42}, "there is no field 'shoe'"),
                            ({"name": 7, "handle": "a@b"}, "name must be a str")]:
            outcome = capture(Customer, **kwargs)
            expect_isinstance(outcome.exception, TypeError,
                              hint="Raise TypeError when %s; setattr(self, name, value) lets the "
                                   "Field check the type." % why)


def check_create_and_save():
    """create_table makes the table; save inserts a row and sets id"""
    with _shop() as (_, Customer, _, connection):
        call(Customer.create_table)
        sql = _table_sql(connection, "customers") or ""
        expect("id INTEGER PRIMARY KEY" in sql and "handle TEXT NOT NULL UNIQUE" in sql,
               "the customers table was created as %r" % sql,
               hint="Start with 'id INTEGER PRIMARY KEY AUTOINCREMENT', then each field's "
                    "column_sql().")
        ada = Customer(name="Ada", handle="ada@example.com", born=1815)
        returned = call(ada.save).value
        expect(returned is ada, "save() should return the instance itself")
        expect_equal(ada.id, 1, hint="After the INSERT, cursor.lastrowid is the new id.")
        call(Customer(name="Linus", handle="linus@example.com").save)
        rows = connection.execute("SELECT id, name, handle, born FROM customers").fetchall()
        expect_equal(rows, [(1, "Ada", "ada@example.com", 1815), (2, "Linus", "linus@example.com", None)],
                     hint="Commit after writing: connection.commit().")


def check_get_update_delete():
    """get loads a row, a second save updates it, delete removes it"""
    with _shop() as (_, Customer, _, connection):
        Customer.create_table()
        ada = Customer(name="Ada", handle="ada@example.com").save()
        loaded = call(Customer.get, ada.id).value
        expect(loaded is not None and loaded is not ada, "get(%r) gave %r" % (ada.id, loaded),
                     hint="SELECT the row by id and build a new instance with _from_row.")
        expect_equal((loaded.id, loaded.name, loaded.handle, loaded.born),
                     (ada.id, "Ada", "ada@example.com", None))
        expect_equal(call(Customer.get, 99).value, None, hint="No row: return None.")
        loaded.born = 1816
        call(loaded.save)
        expect_equal(connection.execute("SELECT COUNT(*), MAX(born) FROM customers").fetchone(),
                     (1, 1816), hint="A saved instance (id set) is UPDATEd WHERE id = ?, not inserted.")
        call(loaded.delete)
        expect_equal((loaded.id, Customer.get(ada.id)), (None, None),
                     hint="DELETE WHERE id = ?, then set id back to None.")


def check_values_are_parameters():
    """Quotes and SQL in values are stored as text, never run"""
    attacks = ["O'Brien", "x'); DROP TABLE customers; --", "' OR '1'='1"]
    with _shop() as (_, Customer, _, connection):
        Customer.create_table()
        for n, name in enumerate(attacks):
            outcome = capture(Customer(name=name, handle="c%d@example.com" % n).save)
            expect(outcome.exception is None,
                   "saving a customer named %r raised %r" % (name, outcome.exception),
                   hint="Never put values into the SQL text with f-strings or %: write ? for "
                        "each value and pass the values as the second argument of execute().")
        tables = [row[0] for row in connection.execute("SELECT name FROM sqlite_master")]
        expect("customers" in tables, "the customers table is gone: a name was run as SQL")
        names = [row[0] for row in connection.execute("SELECT name FROM customers ORDER BY id")]
        expect_equal(names, attacks, hint="Each name must be stored exactly as given.")
        victim = Customer.get(1)
        victim.handle = "new' WHERE 1=1; --"
        call(victim.save)
        handles = [row[0] for row in connection.execute("SELECT handle FROM customers ORDER BY id")]
        expect_equal(handles, ["new' WHERE 1=1; --", "c1@example.com", "c2@example.com"],
                     hint="UPDATE needs parameters too: SET name = ?, handle = ? ... WHERE id = ?.")
