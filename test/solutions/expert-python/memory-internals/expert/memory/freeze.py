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
    done = {}             # id(original) -> its frozen copy
    in_progress = set()   # ids of the containers being frozen right now
    keep = []             # the originals, so their ids stay unique while we work

    def freeze(obj):
        if not isinstance(obj, (list, tuple, dict, set, frozenset)):
            return obj
        key = id(obj)
        if key in done:
            return done[key]
        if key in in_progress:
            raise ValueError("cannot freeze a %s that contains itself" % type(obj).__name__)
        in_progress.add(key)
        keep.append(obj)
        if isinstance(obj, dict):
            result = types.MappingProxyType({k: freeze(v) for k, v in obj.items()})
        elif isinstance(obj, (set, frozenset)):
            result = frozenset(obj)
        else:
            result = tuple(freeze(item) for item in obj)
        in_progress.discard(key)
        done[key] = result
        return result

    return freeze(value)


if __name__ == "__main__":
    shared = ["x"]
    frozen = deep_freeze({"one": shared, "two": shared, "tags": {"a"}})
    print(frozen)
    print(frozen["one"] is frozen["two"])
    try:
        frozen["one"] = ()
    except TypeError as error:
        print("TypeError:", error)
