"""Checks for the `unit-tests` milestone: week5/test_stats.py.

The learner's tests run the way pytest runs them: once against the working stats.py, where every
test must pass, then against copies with one function broken, where some test must fail.
"""
from pymastery import learner_tests

TESTS = ["week5/test_stats.py"]
CODE = ["week5/stats.py"]

MEAN_DROPS_ONE = """
def mutate(stats):
    def mean(values):
        if not values:
            raise ValueError("empty")
        return sum(values) / (len(values) + 1) if len(values) > 1 else values[0]
    stats.mean = mean
"""

MEDIAN_UNSORTED = """
def mutate(stats):
    def median(values):
        if not values:
            raise ValueError("empty")
        middle = len(values) // 2
        if len(values) % 2:
            return values[middle]
        return (values[middle - 1] + values[middle]) / 2
    stats.median = median
"""

MEDIAN_EVEN_UPPER = """
def mutate(stats):
    working = stats.median
    def median(values):
        if values and len(values) % 2 == 0:
            return sorted(values)[len(values) // 2]
        return working(values)
    stats.median = median
"""

EMPTY_GIVES_ZERO = """
def mutate(stats):
    working = stats.mean
    def mean(values):
        return working(values) if values else 0
    stats.mean = mean
"""

CLAMP_NO_CHECK = """
def mutate(stats):
    def clamp(value, low, high):
        return max(low, min(value, high))
    stats.clamp = clamp
"""

CLAMP_HIGH_ONLY = """
def mutate(stats):
    def clamp(value, low, high):
        if low > high:
            raise ValueError("low is above high")
        return min(value, high)
    stats.clamp = clamp
"""

_runs = {}


def _run(mutation=None):
    if mutation not in _runs:
        _runs[mutation] = learner_tests.run_tests(TESTS, CODE, mutation)
    return _runs[mutation]


def _caught(mutation, broken, hint):
    learner_tests.require_tests(_run(), TESTS[0], hint="Write test_ functions first.")
    learner_tests.expect_caught(_run(mutation), broken, hint=hint)


def check_tests_pass():
    """your tests run and pass on the working stats.py"""
    run = _run()
    learner_tests.require_tests(run, TESTS[0],
                                hint="pytest collects functions whose names start with test_.")
    learner_tests.expect_all_pass(run, "the working stats.py",
                                  hint="stats.py is correct: a test that fails on it expects "
                                       "the wrong thing.")


def check_catches_mean_bugs():
    """a wrong average and an empty list that gives 0 both make a test fail"""
    _caught(MEAN_DROPS_ONE, "mean divided by one too many",
            hint="Assert the exact mean of a list you can add up in your head.")
    _caught(EMPTY_GIVES_ZERO, "mean([]) returned 0 instead of raising ValueError",
            hint="`with pytest.raises(ValueError):` around the call tests that it refuses.")


def check_catches_median_bugs():
    """a median that forgets to sort, or takes one middle value of an even list, is caught"""
    _caught(MEDIAN_UNSORTED, "median skipped sorting",
            hint="Give median a list that is not in order.")
    _caught(MEDIAN_EVEN_UPPER, "median of an even count returned the upper middle value",
            hint="An even count has two middle values; test that their average comes back.")


def check_catches_clamp_bugs():
    """a clamp without its range check, or without its lower limit, is caught"""
    _caught(CLAMP_NO_CHECK, "clamp accepted low > high",
            hint="Test that clamp(5, 10, 0) raises ValueError.")
    _caught(CLAMP_HIGH_ONLY, "clamp ignored the lower limit",
            hint="Test a value below the range, not only above it.")
