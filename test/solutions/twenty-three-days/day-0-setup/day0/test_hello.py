"""Tests for day0/hello.py. Run them with:  python -m pytest -v day0"""
from hello import greet


def test_greet_uses_the_name() -> None:
    """greet puts the given name into the greeting."""
    assert greet("Ada") == "Hello, Ada!"
    assert greet("Grace Hopper") == "Hello, Grace Hopper!"


def test_greet_has_a_default() -> None:
    """Called with no argument, greet greets the world."""
    assert greet() == "Hello, world!"


def test_greet_tidies_blank_names() -> None:
    """greet falls back to "world" for a blank name and strips padding."""
    assert greet("") == "Hello, world!"
    assert greet("   ") == "Hello, world!"
    assert greet("  Ada  ") == "Hello, Ada!"
