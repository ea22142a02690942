"""An object-graph counter: how many distinct objects can be reached from a value?

    shared = [1.5]
    data = {"a": shared, "b": shared}
    count_distinct(data)      # 5: the dict, "a", "b", the list and 1.5

Objects are told apart by identity (`is`), never by equality: two equal lists are two
objects, one list reached twice is one. Cycles must not loop forever.

Try it from a terminal in your workspace folder:

    python expert/memory/graphcount.py
"""


def children(obj):
    """The objects `obj` refers to directly, in this order.

    - dict: its keys in order, then its values in order
    - list, tuple: its items in order
    - set, frozenset: its items (in iteration order)
    - an instance of a user class, i.e. anything with a `__dict__` that is not a class,
      a function or a module: the values of `vars(obj)` in order
    - anything else (numbers, strings, None, ...): no children, an empty list
    """
    # TODO
    raise NotImplementedError("children is not written yet")


def reachable(root):
    """Every distinct object reachable from `root` through `children`, each exactly once.

    The list starts with `root` and follows depth-first pre-order: an object, then
    everything reachable from its first child, then from its second child, and so on.
    An object already met (the same object, by identity) is not listed or walked again.
    A graph may be thousands of levels deep (a linked chain), deeper than Python lets
    a function call itself.
    """
    # TODO
    raise NotImplementedError("reachable is not written yet")


def count_distinct(root):
    """How many distinct objects `reachable(root)` finds."""
    # TODO
    raise NotImplementedError("count_distinct is not written yet")


if __name__ == "__main__":
    shared = [1.5]
    data = {"a": shared, "b": shared}
    data["self"] = data
    print(count_distinct(data), "distinct objects")
