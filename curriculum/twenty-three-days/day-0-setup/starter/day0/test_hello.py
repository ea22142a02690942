"""Tests for day0/hello.py. Run them with:  python -m pytest -v day0

pytest collects every function whose name starts with ``test_`` and runs it.
A test passes when it returns without an exception, so a test with no
``assert`` in it always passes, and proves nothing.
"""
from hello import greet


def test_greet_uses_the_name() -> None:
    """greet puts the given name into the greeting."""
    # TODO: call greet with a name and assert on the exact text it returns.
    pass


def test_greet_tidies_blank_names() -> None:
    """greet falls back to "world" for a blank name and strips padding."""
    # TODO: assert what greet returns for "" , "   " and "  Ada  ".
    pass
