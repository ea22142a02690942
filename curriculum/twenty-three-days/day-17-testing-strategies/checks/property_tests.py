"""Checks for the `property-tests` milestone: tests/test_properties.py uses hypothesis and catches
broken copies of moving_average and clamp whose bugs hide from the obvious examples."""
from pymastery.track import strategy_tests as day

TESTS = ["week3/day17/tests/test_properties.py"]

LAST_WINDOW_MISSING = """
def mutate(realtime):
    def moving_average(values, window):
        if window < 1:
            raise ValueError("window must be at least 1")
        count = len(values) - window + (1 if len(values) < 4 else 0)
        return [sum(values[i:i + window]) / window for i in range(count)]
    realtime.moving_average = moving_average
"""

MAGNITUDES = """
def mutate(realtime):
    def moving_average(values, window):
        if window < 1:
            raise ValueError("window must be at least 1")
        return [sum(abs(v) for v in values[i:i + window]) / window for i in range(len(values) - window + 1)]
    realtime.moving_average = moving_average
"""

FLOOR_DIVISION = """
def mutate(realtime):
    def moving_average(values, window):
        if window < 1:
            raise ValueError("window must be at least 1")
        return [sum(values[i:i + window]) // window if window > 2 else sum(values[i:i + window]) / window
                for i in range(len(values) - window + 1)]
    realtime.moving_average = moving_average
"""

CLAMP_UPPER_ONLY = """
def mutate(realtime):
    def clamp(value, low, high):
        if low > high:
            raise ValueError("low is above high")
        return min(value, high)
    realtime.clamp = clamp
"""


def check_tests_pass():
    """test_properties.py passes on the given code and uses @given"""
    result = day.passing(TESTS, hint="Add property tests to week3/day17/tests/test_properties.py.")
    day.expect_property_tests(TESTS[0])
    if result.note:
        print(result.note)


def check_catches_a_missing_last_window():
    """the tests fail when the last window is dropped from longer lists"""
    day.caught(TESTS, LAST_WINDOW_MISSING, day.REALTIME, "moving_average left out the last window of lists of 4 or more",
               hint="State how many averages there must be for ANY list and window: max(0, len(values) - window + 1).")


def check_catches_magnitudes():
    """the tests fail when negative values are averaged as positive"""
    day.caught(TESTS, MAGNITUDES, day.REALTIME, "moving_average used abs() of every value",
               hint="Let hypothesis generate negative numbers too, and check that each average lies between the "
                    "smallest and the largest value of its window.")


def check_catches_floor_division():
    """the tests fail when wide windows round their averages down"""
    day.caught(TESTS, FLOOR_DIVISION, day.REALTIME, "moving_average rounded down for windows wider than 2",
               hint="Generate the window size too, and compare with the definition (sum of the window / window), "
                    "using pytest.approx for floats.")


def check_catches_a_broken_clamp():
    """the tests fail when clamp lets values below the range through"""
    day.caught(TESTS, CLAMP_UPPER_ONLY, day.REALTIME, "clamp ignored low",
               hint="For any value, low and high (with low <= high), clamp's result must lie within low..high.")
