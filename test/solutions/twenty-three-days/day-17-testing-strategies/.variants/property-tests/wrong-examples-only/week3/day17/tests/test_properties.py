"""Example-based tests only: they catch some of the broken copies, but use no @given."""
import pytest

from realtime import clamp, moving_average


def test_moving_average_examples():
    assert moving_average([1, 2, 3, 4], 2) == [1.5, 2.5, 3.5]
    assert moving_average([-2, -4, 6, 0, 3], 3) == pytest.approx([0.0, 2 / 3, 3.0])
    assert moving_average([1], 3) == []


def test_clamp_examples():
    assert clamp(-5, 0, 10) == 0
    assert clamp(50, 0, 10) == 10
