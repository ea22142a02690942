"""deep_freeze: an immutable copy of nested lists, dicts and sets.

    settings = {"hosts": ["a", "b"], "ports": {80, 443}}
    frozen = deep_freeze(settings)
    frozen["hosts"]              # ('a', 'b')
    frozen["hosts"] = []         # TypeError: the copy can't be changed
    settings["hosts"].append("c")
    frozen["hosts"]              # still ('a', 'b'): the copy shares nothing mutable

Try it from a terminal in your workspace folder:

    python expert/memory/freeze.py
"""
import types


def deep_freeze(value):
    """An immutable copy of ``value``, all the way down.

    - list and tuple: a tuple of the frozen items
    - dict: a ``types.MappingProxyType`` over a new dict of key -> frozen value
    - set and frozenset: a frozenset of the items (set items are already hashable)
    - anything else: the object itself

    An object met more than once (the same object, by identity) is frozen once, and
    every place that held it holds the same frozen copy. A container that contains
    itself, directly or further down, raises ValueError, since no immutable copy of a
    cycle can be built. ``value`` itself is never changed.
    """
    # TODO
    raise NotImplementedError("deep_freeze is not written yet")


if __name__ == "__main__":
    shared = ["x"]
    frozen = deep_freeze({"one": shared, "two": shared, "tags": {"a"}})
    print(frozen)
    print(frozen["one"] is frozen["two"])
    try:
        frozen["one"] = ()
    except TypeError as error:
        print("TypeError:", error)
