"""Checks for the `property-tests` milestone: week5/test_properties.py.

The planted bugs hide where hand-picked examples rarely look (long lists, large or negative
numbers); properties checked on many generated inputs find them.
"""
from pymastery import learner_tests

TESTS = ["week5/test_properties.py"]
CODE = ["week5/stats.py"]

MEDIAN_LONG_LISTS = """
def mutate(stats):
    working = stats.median
    def median(values):
        if len(values) >= 6:
            return max(values) + 1
        return working(values)
    stats.median = median
"""

CLAMP_BIG_VALUES = """
def mutate(stats):
    working = stats.clamp
    def clamp(value, low, high):
        if abs(value) > 1000:
            return value
        return working(value, low, high)
    stats.clamp = clamp
"""

_runs = {}


def _run(mutation=None):
    if mutation not in _runs:
        _runs[mutation] = learner_tests.run_tests(TESTS, CODE, mutation)
    return _runs[mutation]


def check_properties_pass():
    """your property tests run and pass on the working stats.py"""
    run = _run()
    learner_tests.require_tests(run, TESTS[0],
                                hint="Fill in the test the starter begins, then add more.")
    learner_tests.expect_all_pass(run, "the working stats.py",
                                  hint="stats.py is correct; a property that fails on it does "
                                       "not hold. hypothesis prints the input that broke it.")


def check_catches_median_on_long_lists():
    """a median that goes wrong only on lists of six or more items is caught"""
    learner_tests.require_tests(_run(), TESTS[0], hint="Write test_ functions first.")
    learner_tests.expect_caught(_run(MEDIAN_LONG_LISTS),
                                "median returned a number above the largest item for lists of six or more",
                                hint="Generate lists with st.lists(st.integers(), min_size=1) and "
                                     "state a rule, such as: the median lies between min and max.")


def check_catches_clamp_on_big_values():
    """a clamp that lets values beyond ±1000 through is caught"""
    learner_tests.require_tests(_run(), TESTS[0], hint="Write test_ functions first.")
    learner_tests.expect_caught(_run(CLAMP_BIG_VALUES), "clamp let values beyond ±1000 through",
                                hint="Let hypothesis pick value, low and high with st.integers(), "
                                     "order low and high, and assert the result is inside.")
