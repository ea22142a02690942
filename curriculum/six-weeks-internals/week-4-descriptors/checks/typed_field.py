"""Checks for the `typed-field` milestone: Field as a data descriptor."""
from pymastery import capture, expect, expect_equal, expect_in, expect_isinstance, fail, learner_module


class Shape:
    """A class of the check's own, to test isinstance with subclasses."""


class Circle(Shape):
    pass


def _classes(tool):
    try:
        class Account:
            owner = tool.Field(str)
            balance = tool.Field(int, default=0)
            active = tool.Field(bool, default=True)
            outline = tool.Field(Shape, default=None)
    except Exception as error:
        cause = error.__cause__ or error
        fail("defining a class with Field attributes raised {}: {}".format(type(cause).__name__, cause),
             hint="Python calls Field.__set_name__(owner, name) for each Field while it creates "
                  "the class. Remember the name there.")
    return Account


def _assign(obj, name, value):
    return capture(setattr, obj, name, value)


def check_set_name():
    """each Field learns the name it was assigned to"""
    tool = learner_module()
    Account = _classes(tool)
    for name in ("owner", "balance", "active", "outline"):
        expect_equal(vars(Account)[name].name, name,
                     hint="In __set_name__(self, owner, name), store name on the Field.")


def check_class_access():
    """reading a Field through the class gives the Field itself"""
    tool = learner_module()
    Account = _classes(tool)
    value = Account.balance
    expect(
        value is vars(Account)["balance"],
        "Account.balance gave {!r} instead of the Field".format(value),
        hint="When __get__ is called with obj None, the attribute was read from the class: return self.",
    )


def check_store_and_read():
    """values are stored per instance and read back"""
    tool = learner_module()
    Account = _classes(tool)
    first, second = Account(), Account()
    for obj, owner, balance in ((first, "ada", 10), (second, "bob", 25)):
        for name, value in (("owner", owner), ("balance", balance)):
            outcome = _assign(obj, name, value)
            if outcome.exception is not None:
                raise outcome.exception
    expect_equal((first.owner, first.balance), ("ada", 10),
                 hint="__get__ returns the value stored for *this* instance.")
    expect_equal(
        (second.owner, second.balance), ("bob", 25),
        hint="One Field object serves every instance. If you store the value on the Field "
             "(self.value = ...), all instances share it. Store it on obj instead.",
    )


def check_defaults_and_missing():
    """unset fields give their default, or AttributeError naming the field"""
    tool = learner_module()
    Account = _classes(tool)
    account = Account()
    expect_equal((account.balance, account.active, account.outline), (0, True, None),
                 hint="When the instance has no value yet, return the Field's default.")
    outcome = capture(getattr, account, "owner")
    expect_isinstance(
        outcome.exception, AttributeError,
        hint="A field without a default (default is MISSING) raises AttributeError when it has "
             "no value. Python's getattr(obj, name, fallback) and hasattr rely on that exact type.",
    )
    expect_in("owner", str(outcome.exception), hint="Name the field in the message.")


def check_type_errors():
    """a value of the wrong type raises TypeError and changes nothing"""
    tool = learner_module()
    Account = _classes(tool)
    account = Account()
    _assign(account, "balance", 5)
    for name, value in (("balance", "100"), ("owner", 42), ("balance", 2.5), ("outline", "round")):
        outcome = _assign(account, name, value)
        expect_isinstance(
            outcome.exception, TypeError,
            message="setting {} = {!r} should raise TypeError".format(name, value),
            hint="In __set__, check isinstance(value, self.type) and raise TypeError when it fails.",
        )
    message = str(_assign(account, "balance", "100").exception)
    for word in ("balance", "int", "str"):
        expect_in(word, message,
                  hint="The message names the field, the expected type and the type received: "
                       "'balance must be int, got str'.")
    expect_equal(account.balance, 5, hint="A rejected value must not replace the old one: check before storing.")


def check_bool_and_subclasses():
    """subclasses are accepted, but a bool is not an int here"""
    tool = learner_module()
    Account = _classes(tool)
    account = Account()
    outcome = _assign(account, "outline", Circle())
    expect(outcome.exception is None, "a Circle was refused for a Shape field",
           hint="Use isinstance, which accepts subclasses, rather than comparing type(value).")
    outcome = _assign(account, "active", False)
    expect(outcome.exception is None, "False was refused for a bool field",
           hint="Only int fields refuse bools.")
    outcome = _assign(account, "balance", True)
    expect_isinstance(
        outcome.exception, TypeError,
        hint="isinstance(True, int) is True because bool subclasses int. Make an explicit "
             "exception: a bool for an int field is a TypeError.",
    )
