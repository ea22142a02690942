"""Property-based tests for stats.py."""
from hypothesis import given, strategies as st

from stats import clamp, median


@given(st.lists(st.integers(), min_size=1))
def test_median_lies_between_min_and_max(values):
    assert min(values) <= median(values) <= max(values)


@given(st.lists(st.integers(), min_size=1))
def test_median_ignores_order(values):
    assert median(values) == median(sorted(values, reverse=True))


@given(st.integers(), st.integers(), st.integers())
def test_clamp_stays_in_range(value, a, b):
    low, high = min(a, b), max(a, b)
    assert low <= clamp(value, low, high) <= high


@given(st.integers(), st.integers())
def test_clamp_keeps_values_in_range(low, extra):
    high = low + abs(extra)
    assert clamp(low, low, high) == low
    assert clamp(high, low, high) == high
