"""Tests for week1/day1/typeinspector.py. Run them with:  python -m pytest -v week1/day1

Each test should fail if the function it covers were broken. Test the edge
cases the docstrings promise, not only the easy ones.
"""
from typeinspector import deep_sizeof, inspect_value, is_hashable, is_mutable, public_methods


def test_is_mutable() -> None:
    # TODO: assert what is_mutable says about a list, an int, and a tuple that holds a list.
    pass


def test_is_hashable() -> None:
    # TODO: assert what is_hashable says about a str, a list, and a tuple that holds a list.
    pass
