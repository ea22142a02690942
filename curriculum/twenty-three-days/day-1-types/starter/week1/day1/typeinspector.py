"""Day 1: a tool that looks inside Python values.

Try it as you go:  python week1/day1/typeinspector.py

The functions below have no type hints yet. Adding them (and any helper you
write) is a milestone of its own, once the code works.
"""
from __future__ import annotations

import sys


def is_mutable(val):
    """Return True if ``val`` can be changed in place, False otherwise.

    Treat values of these built-in types as immutable: int, float, complex,
    bool, str, bytes, tuple, frozenset, range and None. Everything else
    (list, dict, set, bytearray, instances of your own classes, ...) counts
    as mutable.

    Note that a tuple is immutable even when it holds a list: the tuple
    itself can never change which objects it refers to.
    """
    # TODO
    raise NotImplementedError("is_mutable is not written yet")


def is_hashable(val):
    """Return True if ``hash(val)`` works, False if it raises TypeError.

    ``(1, 2)`` is hashable, ``(1, [2])`` is not: a tuple is only as hashable
    as everything inside it.
    """
    # TODO
    raise NotImplementedError("is_hashable is not written yet")


def public_methods(val):
    """Return the sorted names of the public methods of ``val``.

    Start from ``dir(val)``, drop every name that starts with an underscore,
    and keep only names whose attribute is callable. For ``5`` that keeps
    "bit_length" but drops "real" (a number, not a method) and "__add__".
    """
    # TODO
    raise NotImplementedError("public_methods is not written yet")


def deep_sizeof(val):
    """Return the memory used by ``val`` and everything it contains, in bytes.

    ``sys.getsizeof`` only measures the outer object. Add to it the deep size
    of every item of a list, tuple, set or frozenset, and of every key and
    value of a dict. Count each object once, even when it appears twice or the
    container contains itself (track the ``id()`` of what you have counted).
    Other objects count as just ``sys.getsizeof(obj)``.
    """
    # TODO
    raise NotImplementedError("deep_sizeof is not written yet")


def inspect_value(val):
    """Print a report about ``val`` and return the same facts as a dict.

    The dict has exactly these keys:

    ``type``      the name of the value's type, e.g. "list"
    ``id``        ``id(val)``
    ``size``      ``sys.getsizeof(val)``
    ``deep_size`` ``deep_sizeof(val)``
    ``mutable``   ``is_mutable(val)``
    ``hashable``  ``is_hashable(val)``
    ``methods``   ``public_methods(val)``

    The printed report has one line per fact, the label first, like this:

        type:      list
        id:        140234866534464
        size:      88 bytes
        deep size: 172 bytes
        mutable:   yes
        hashable:  no
        methods:   append, clear, copy, count, extend, index, insert, pop, remove, reverse, sort

    (``yes``/``no`` for the two booleans; methods joined with ", ").
    """
    # TODO
    raise NotImplementedError("inspect_value is not written yet")


if __name__ == "__main__":
    for sample in (42, 3.14, "hi", [1, 2], (1, 2), {1, 2}, {"a": 1}, None):
        inspect_value(sample)
        print()
