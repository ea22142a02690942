"""Milestone 4 (with runner.py): one test function, many cases."""
from __future__ import annotations

MARK = "minitest_cases"


def parametrize(names: str, cases: list):
    """Run the decorated test once per case.

    ``names`` is a comma-separated list of parameter names (``"a,b,expected"``); each case is a
    tuple with one value per name, or a plain value when there is one name.
    """
    keys = [name.strip() for name in names.split(",")]

    def decorate(function):
        expanded = []
        for case in cases:
            values = case if len(keys) > 1 else (case,)
            expanded.append(dict(zip(keys, values)))
        setattr(function, MARK, expanded)
        return function

    return decorate


def expand(function) -> list:
    """The cases of ``function`` as ``(suffix, params)`` pairs.

    An undecorated function has one case, ``("", {})``. A parametrized one has one per case,
    its suffix the values joined by ``-`` in brackets: ``("[1-2-3]", {"a": 1, "b": 2,
    "expected": 3})``.
    """
    cases = getattr(function, MARK, None)
    if cases is None:
        return [("", {})]
    return [("[" + "-".join(str(value) for value in case.values()) + "]", case)
            for case in cases]
