"""Tests for week1/day4/decorators.py. Run them with:  python -m pytest -v week1/day4

Tests must not really wait: replace time.sleep (and the clock) with fakes, for
example with pytest's monkeypatch fixture.
"""
from decorators import memoize, timer


def test_memoize_calls_the_function_once_per_argument() -> None:
    # TODO: count the calls of a memoized function and assert on the count.
    pass


def test_timer_keeps_the_function_name() -> None:
    # TODO
    pass
