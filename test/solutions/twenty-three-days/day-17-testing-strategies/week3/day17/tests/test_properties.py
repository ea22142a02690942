"""Property-based tests for moving_average and clamp, written with hypothesis."""
import pytest
from hypothesis import given, settings, strategies as st

from realtime import clamp, moving_average

numbers = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False)

# Fewer examples than the default 100 keep the suite quick; no deadline, so a busy machine
# cannot turn a slow example into a failure.
quick = settings(max_examples=25, deadline=None)


@quick
@given(st.lists(numbers), st.integers(min_value=1, max_value=10))
def test_one_average_per_full_window(values, window):
    assert len(moving_average(values, window)) == max(0, len(values) - window + 1)


@quick
@given(st.lists(numbers, min_size=1), st.integers(min_value=1, max_value=10))
def test_each_average_lies_within_its_window(values, window):
    for start, average in enumerate(moving_average(values, window)):
        part = values[start:start + window]
        assert min(part) - 1e-6 <= average <= max(part) + 1e-6


@quick
@given(st.lists(st.integers(-1000, 1000), min_size=1), st.integers(min_value=1, max_value=5))
def test_matches_the_definition(values, window):
    expected = [sum(values[i:i + window]) / window for i in range(len(values) - window + 1)]
    assert moving_average(values, window) == pytest.approx(expected)


@quick
@given(numbers, st.integers(min_value=1, max_value=8))
def test_a_constant_series_averages_to_itself(value, window):
    assert moving_average([value] * (window + 3), window) == pytest.approx([value] * 4)


def test_window_below_one_is_refused():
    with pytest.raises(ValueError):
        moving_average([1, 2], 0)


@quick
@given(numbers, numbers, numbers)
def test_clamp_stays_in_range_and_keeps_values_inside(value, a, b):
    low, high = min(a, b), max(a, b)
    result = clamp(value, low, high)
    assert low <= result <= high
    if low <= value <= high:
        assert result == value


@quick
@given(numbers, numbers)
def test_clamp_refuses_an_empty_range(a, b):
    if a > b:
        with pytest.raises(ValueError):
            clamp(0, a, b)
