from stats import clamp, mean, median


def test_mean_of_three():
    assert mean([1, 2, 6]) == 3


def test_median_even_count():
    assert median([1, 2, 3, 4]) == 2.5


def test_clamp_inside():
    assert clamp(5, 0, 10) == 5
