"""Checks for the `deep-size` milestone."""
import sys

from pymastery import call, capture, expect_equal, expect_isinstance, fail, learner_module


def check_plain_values():
    """a value with nothing inside measures the same as sys.getsizeof"""
    tool = learner_module()
    for value in (7, "hello", 2.5, None, []):
        size = call(tool.deep_sizeof, value).value
        expect_isinstance(size, int, hint="Return a whole number of bytes.")
        expect_equal(
            size, sys.getsizeof(value),
            hint=("Start from sys.getsizeof(val). For {!r} there is nothing inside "
                  "to add.").format(value),
        )


def check_adds_list_items():
    """a list counts its items as well as itself"""
    tool = learner_module()
    items = ["a" * 50, "b" * 60, 10 ** 30]
    expected = sys.getsizeof(items) + sum(sys.getsizeof(item) for item in items)
    expect_equal(
        call(tool.deep_sizeof, items).value, expected,
        hint="sys.getsizeof(list) only counts the list's array of references. Add the deep size "
             "of every item.",
    )


def check_tuples_and_sets():
    """tuples, sets and frozensets are measured inside too"""
    tool = learner_module()
    for container in (("x" * 40, "y" * 41), {"p" * 30, "q" * 31}, frozenset({"r" * 20})):
        expected = sys.getsizeof(container) + sum(sys.getsizeof(item) for item in container)
        expect_equal(
            call(tool.deep_sizeof, container).value, expected,
            hint="Treat tuple, set and frozenset like list: add the size of each item "
                 "(isinstance(obj, (list, tuple, set, frozenset))).",
        )


def check_dict_keys_and_values():
    """a dict counts both its keys and its values"""
    tool = learner_module()
    data = {"alpha" * 5: "one" * 20, "beta" * 7: 2 ** 80}
    expected = sys.getsizeof(data) + sum(
        sys.getsizeof(key) + sys.getsizeof(value) for key, value in data.items()
    )
    expect_equal(
        call(tool.deep_sizeof, data).value, expected,
        hint="Iterating over a dict gives only its keys. Use data.items() and measure key and "
             "value.",
    )


def check_nested():
    """containers inside containers are measured all the way down"""
    tool = learner_module()
    inner = ["z" * 70]
    outer = [inner, ("w" * 15,)]
    expected = (
        sys.getsizeof(outer)
        + sys.getsizeof(inner) + sys.getsizeof(inner[0])
        + sys.getsizeof(outer[1]) + sys.getsizeof(outer[1][0])
    )
    expect_equal(
        call(tool.deep_sizeof, outer).value, expected,
        hint="Call deep_sizeof (or an inner helper) recursively on each item, so a list inside "
             "a list is opened too.",
    )


def check_shared_objects_count_once():
    """an object that appears twice is counted once"""
    tool = learner_module()
    big = "s" * 1000
    pair = [big, big]
    expect_equal(
        call(tool.deep_sizeof, pair).value, sys.getsizeof(pair) + sys.getsizeof(big),
        hint="Both slots refer to the same string object. Keep a set of id(obj) values you "
             "have already counted and skip those.",
    )


def check_self_containing_list():
    """a list that contains itself does not loop forever"""
    tool = learner_module()
    loop = [1]
    loop.append(loop)
    outcome = capture(tool.deep_sizeof, loop)
    if isinstance(outcome.exception, RecursionError):
        fail(
            "deep_sizeof kept opening the same list until Python gave up (RecursionError).",
            hint="The list contains itself. Record id(obj) in your `seen` set before you look "
                 "inside obj, and return 0 when you meet an id you have already seen.",
        )
    expect_equal(
        call(tool.deep_sizeof, loop).value, sys.getsizeof(loop) + sys.getsizeof(1),
        hint="Record id(obj) before you look inside obj, so meeting the same list again "
             "adds nothing and stops the recursion.",
    )
