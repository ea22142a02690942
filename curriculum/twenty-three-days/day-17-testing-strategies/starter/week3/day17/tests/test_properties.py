"""Property-based tests for moving_average and clamp, written with hypothesis.

TODO (milestone "Properties, not examples"): state properties that hold for every input
and let @given search for a counterexample.
"""
from hypothesis import given, strategies as st

from realtime import clamp, moving_average
