from stats import clamp, median


def test_median_small_lists():
    assert median([3, 1, 2]) == 2
    assert median([4, 1]) == 2.5


def test_clamp_examples():
    assert clamp(-5, 0, 10) == 0
    assert clamp(50, 0, 10) == 10
