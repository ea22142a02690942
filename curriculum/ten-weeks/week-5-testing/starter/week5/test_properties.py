"""Property-based tests for stats.py with hypothesis: rules that hold for every input."""
from hypothesis import given, strategies as st

from stats import clamp, median


@given(st.lists(st.integers(), min_size=1))
def test_median_lies_between_min_and_max(values):
    # TODO: assert the rule for `values`
    pass


# TODO: more properties. Ideas: the median does not change when the list is reversed or
# shuffled; clamp's result is always within low..high; clamp leaves a value already in range alone.
