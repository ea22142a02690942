"""Milestone 4 (with runner.py): one test function, many cases."""
from __future__ import annotations

MARK = "minitest_cases"


def parametrize(names: str, cases: list):
    """Run the decorated test once per case.

    ``names`` is a comma-separated list of parameter names (``"a,b,expected"``); each case is a
    tuple with one value per name, or a plain value when there is one name.
    """
    # Milestone 4
    raise NotImplementedError("parametrize() is not written yet")


def expand(function) -> list:
    """The cases of ``function`` as ``(suffix, params)`` pairs.

    An undecorated function has one case, ``("", {})``. A parametrized one has one per case,
    its suffix the values joined by ``-`` in brackets: ``("[1-2-3]", {"a": 1, "b": 2,
    "expected": 3})``.
    """
    # Milestone 4
    raise NotImplementedError("expand() is not written yet")
