"""Tests for week1/day1/typeinspector.py. Run them with:  python -m pytest -v week1/day1"""
import sys

from typeinspector import deep_sizeof, inspect_value, is_hashable, is_mutable, public_methods


def test_is_mutable() -> None:
    assert is_mutable([1, 2]) is True
    assert is_mutable({"a": 1}) is True
    assert is_mutable(42) is False
    assert is_mutable("text") is False
    assert is_mutable((1, [2])) is False


def test_is_hashable() -> None:
    assert is_hashable("key") is True
    assert is_hashable((1, 2)) is True
    assert is_hashable([1]) is False
    assert is_hashable((1, [2])) is False


def test_public_methods_of_a_tuple() -> None:
    assert public_methods((1, 2)) == ["count", "index"]


def test_public_methods_skip_data_and_private_names() -> None:
    names = public_methods(5)
    assert "bit_length" in names
    assert "real" not in names
    assert not [name for name in names if name.startswith("_")]


def test_deep_sizeof_adds_the_items() -> None:
    word = "x" * 100
    items = [word, 10 ** 40]
    expected = sys.getsizeof(items) + sys.getsizeof(word) + sys.getsizeof(10 ** 40)
    assert deep_sizeof(items) == expected


def test_deep_sizeof_counts_shared_objects_once() -> None:
    word = "y" * 500
    assert deep_sizeof([word, word]) == sys.getsizeof([word, word]) + sys.getsizeof(word)


def test_inspect_value_returns_the_facts(capsys) -> None:
    value = [1, 2]
    facts = inspect_value(value)
    assert facts["type"] == "list"
    assert facts["id"] == id(value)
    assert facts["mutable"] is True
    assert facts["hashable"] is False
    assert "mutable:   yes" in capsys.readouterr().out
