"""Day 1: a tool that looks inside Python values.

Try it:  python week1/day1/typeinspector.py
"""
from __future__ import annotations

import sys

IMMUTABLE_TYPES: tuple[type, ...] = (
    int, float, complex, bool, str, bytes, tuple, frozenset, range, type(None),
)


def is_mutable(val: object) -> bool:
    """Return True if ``val`` can be changed in place, False otherwise."""
    return not isinstance(val, IMMUTABLE_TYPES)


def is_hashable(val: object) -> bool:
    """Return True if ``hash(val)`` works, False if it raises TypeError."""
    try:
        hash(val)
    except TypeError:
        return False
    return True


def public_methods(val: object) -> list[str]:
    """Return the sorted names of the public methods of ``val``."""
    import inspect

    names = []
    for name, attribute in inspect.getmembers(val):
        if name[:1] != "_" and callable(attribute):
            names.append(name)
    return names


def deep_sizeof(val: object) -> int:
    """Return the memory used by ``val`` and everything it contains, in bytes."""
    seen: set[int] = set()

    def measure(obj: object) -> int:
        if id(obj) in seen:
            return 0
        seen.add(id(obj))
        total = sys.getsizeof(obj)
        if isinstance(obj, dict):
            total += sum(measure(key) + measure(value) for key, value in obj.items())
        elif isinstance(obj, (list, tuple, set, frozenset)):
            total += sum(measure(item) for item in obj)
        return total

    return measure(val)


def inspect_value(val: object) -> dict[str, object]:
    """Print a report about ``val`` and return the same facts as a dict."""
    methods = public_methods(val)
    report: dict[str, object] = {
        "type": type(val).__name__,
        "id": id(val),
        "size": sys.getsizeof(val),
        "deep_size": deep_sizeof(val),
        "mutable": is_mutable(val),
        "hashable": is_hashable(val),
        "methods": methods,
    }
    print(f"type:      {report['type']}")
    print(f"id:        {report['id']}")
    print(f"size:      {report['size']} bytes")
    print(f"deep size: {report['deep_size']} bytes")
    print(f"mutable:   {'yes' if report['mutable'] else 'no'}")
    print(f"hashable:  {'yes' if report['hashable'] else 'no'}")
    print(f"methods:   {', '.join(methods)}")
    return report


if __name__ == "__main__":
    for sample in (42, 3.14, "hi", [1, 2], (1, 2), {1, 2}, {"a": 1}, None):
        inspect_value(sample)
        print()
