"""Checks for the `public-methods` milestone."""
import types

from pymastery import call, expect, expect_equal, expect_in, expect_isinstance, learner_module


class Robot:
    """A small class with one method, one class attribute and one private helper."""

    legs = 2

    def __init__(self):
        self.name = "R2"
        self.on_beep = print  # a callable stored on the instance, not on the class

    def wave(self):
        return "hi"

    def _charge(self):
        return None


def check_returns_a_list():
    """public_methods returns a list of strings"""
    tool = learner_module()
    names = call(tool.public_methods, []).value
    expect_isinstance(
        names, list,
        hint="Return the names, e.g. return sorted(...). sorted() always gives back a list.",
    )
    expect(
        all(isinstance(name, str) for name in names),
        "public_methods returned something that is not a list of names.",
        hint="dir(val) already gives you strings. Keep the names, not the attributes themselves.",
    )


def check_list_methods():
    """public_methods([]) lists exactly the list methods"""
    tool = learner_module()
    expect_equal(
        call(tool.public_methods, [1, 2]).value,
        ["append", "clear", "copy", "count", "extend", "index", "insert", "pop", "remove",
         "reverse", "sort"],
        hint="Keep a name from dir(val) only if it does not start with '_', and sort the result.",
    )


def check_tuple_methods():
    """a tuple has only count and index"""
    tool = learner_module()
    expect_equal(
        call(tool.public_methods, (1, 2)).value, ["count", "index"],
        hint="A tuple has no methods that change it: only count and index survive the filter.",
    )


def check_skips_data_attributes():
    """attributes that are not callable are left out"""
    tool = learner_module()
    names = call(tool.public_methods, 5).value
    expect_in(
        "bit_length", names,
        hint="Methods of int such as bit_length belong in the list; only drop names that "
             "start with '_' or are not callable.",
    )
    for attribute in ("real", "imag", "numerator", "denominator"):
        expect(
            attribute not in names,
            "public_methods(5) includes {!r}, which is a number, not a method.".format(attribute),
            hint="Keep a name only when callable(getattr(val, name)) is True.",
        )


def check_own_class():
    """works on an instance of your own class"""
    tool = learner_module()
    expect_equal(
        call(tool.public_methods, Robot()).value, ["on_beep", "wave"],
        hint="Ask dir() about the value itself, not about its type: the instance has a callable "
             "attribute, on_beep, that its class does not. name and legs are data, and "
             "_charge is private.",
    )


def check_a_class_itself():
    """a class is a value too: its methods are listed, not those of `type`"""
    tool = learner_module()
    expect_equal(
        call(tool.public_methods, Robot).value, ["wave"],
        hint="public_methods(Robot) is about the class Robot. dir(type(Robot)) would describe "
             "`type` instead (which has mro). Look the names up on the value you were given.",
    )


def check_a_module():
    """a module's public functions are listed"""
    tool = learner_module()
    module = types.ModuleType("gadgets")
    module.VERSION = "1.0"
    module.assemble = lambda: "done"
    module.take_apart = len
    expect_equal(
        call(tool.public_methods, module).value, ["assemble", "take_apart"],
        hint="A module keeps its functions as attributes of the module object itself, so "
             "only dir(val) (never dir(type(val))) finds them.",
    )


def check_no_dunders():
    """no name starting with an underscore is listed"""
    tool = learner_module()
    names = call(tool.public_methods, {"a": 1}).value
    hidden = [name for name in names if name.startswith("_")]
    expect_equal(
        hidden, [],
        hint="Drop every name that starts with '_': name.startswith('_').",
    )
