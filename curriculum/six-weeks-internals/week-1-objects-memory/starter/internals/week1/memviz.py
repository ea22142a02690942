"""Week 1: memviz, a small command-line memory inspector.

Try it as you go, from a terminal in your workspace folder:

    python internals/week1/memviz.py
    python internals/week1/memviz.py "[1, 2, 3]" "{'a': [1]}" "Point(1, 2)"
    python internals/week1/memviz.py --dot "Point(1, 2)"
"""
import sys


class Point:
    """A plain custom class, so the tool has something of our own to look at."""

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Point({!r}, {!r})".format(self.x, self.y)


def describe(obj):
    """Return the basic facts about ``obj`` as a dict with exactly these keys:

    ``"type"``      the name of its type, e.g. ``"list"`` or ``"Point"``
    ``"id"``        ``id(obj)``
    ``"size"``      ``sys.getsizeof(obj)``: the shallow size in bytes
    ``"refcount"``  ``sys.getrefcount(obj)`` measured inside this function

    The refcount includes a few temporary references (the argument of this
    call among them), so the number is only meaningful when compared with
    another one measured the same way. describe() itself must not keep any
    reference to ``obj`` once it has returned.
    """
    # TODO
    raise NotImplementedError("describe is not written yet")


def object_graph(root, max_depth=3):
    """Return the objects reachable from ``root`` as Graphviz DOT text.

    The text starts with ``digraph objects {`` and ends with ``}``. Inside:

    * one node per distinct object, named ``n`` followed by its id, with a
      label that starts with its type name, for example
      ``n140245 [label="list"];`` or ``n9781 [label="int: 3"];``
      (escape any ``"`` or ``\\`` that ends up inside a label);
    * one edge per reference, ``n<id of holder> -> n<id of held>;``,
      optionally with a label, following only these references:
        - list and tuple  -> each item (label: its index, like ``[0]``)
        - set, frozenset  -> each item
        - dict            -> each value (label: repr of its key)
        - any object with a ``__dict__`` (instances of your own classes)
                          -> each attribute value (label: the attribute name)
      Nothing else is opened: ints, strings, None, functions and classes are leaves.

    ``root`` is at depth 0. Objects at ``max_depth`` are drawn but not opened.
    Every object appears once, however many times it is reached, so shared
    objects and cycles are fine.
    """
    # TODO
    raise NotImplementedError("object_graph is not written yet")


def main(argv=None):
    """Inspect Python values from the command line and return an exit status.

    Each argument is a Python expression, evaluated with ``eval()`` in this
    module's globals (so ``Point(1, 2)`` works). For each one, print one line:

        <expression>  type=<type name>  size=<bytes>  refs=<refcount>  id=<id>

    using describe() for the facts. With no expressions at all, inspect three
    demo values instead: a list, a dict and a Point.

    With ``--dot`` anywhere in the arguments, print the object_graph() of each
    value instead of the one-line summary.

    An expression that cannot be evaluated prints ``error: <expression>: <message>``
    to stderr and makes the exit status 1; the other expressions are still shown.
    Otherwise return 0.
    """
    if argv is None:
        argv = sys.argv[1:]
    # TODO
    raise NotImplementedError("main is not written yet")


if __name__ == "__main__":
    sys.exit(main())
