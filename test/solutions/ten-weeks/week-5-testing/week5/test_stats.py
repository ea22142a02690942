"""Tests for stats.py."""
import pytest

from stats import clamp, mean, median


def test_mean_of_three():
    assert mean([1, 2, 6]) == 3


def test_mean_of_floats():
    assert mean([0.5, 1.5]) == pytest.approx(1.0)


def test_median_even_count():
    assert median([4, 1, 3, 2]) == 2.5


def test_median_odd_count_unsorted():
    assert median([9, 1, 5]) == 5


@pytest.mark.parametrize("function", [mean, median])
def test_empty_list_is_refused(function):
    with pytest.raises(ValueError):
        function([])


@pytest.mark.parametrize("value, expected", [(-5, 0), (0, 0), (7, 7), (10, 10), (99, 10)])
def test_clamp(value, expected):
    assert clamp(value, 0, 10) == expected


def test_clamp_bad_range():
    with pytest.raises(ValueError):
        clamp(5, 10, 0)
