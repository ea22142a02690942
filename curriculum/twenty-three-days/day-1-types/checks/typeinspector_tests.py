"""Checks for the `test-typeinspector` milestone: week1/day1/test_typeinspector.py.

The learner's tests run the way pytest runs them (with pytest itself when the interpreter has
it): once against their own typeinspector.py, where every test must pass, then against copies
with one function broken, where some test must fail.
"""

from pymastery import learner_tests


TESTS = ["week1/day1/test_typeinspector.py"]
CODE = ["week1/day1/typeinspector.py"]

TUPLES_MUTABLE = """
def mutate(tool):
    working = tool.is_mutable
    def is_mutable(val):
        return True if isinstance(val, tuple) else working(val)
    tool.is_mutable = is_mutable
"""

TUPLES_HASHABLE = """
def mutate(tool):
    working = tool.is_hashable
    def is_hashable(val):
        return True if isinstance(val, tuple) else working(val)
    tool.is_hashable = is_hashable
"""

KEEPS_DUNDERS = """
def mutate(tool):
    working = tool.public_methods
    def public_methods(val):
        extra = [name for name in dir(val) if name.startswith("__") and callable(getattr(val, name, None))]
        return sorted(set(working(val)) | set(extra))
    tool.public_methods = public_methods
"""

SHALLOW_SIZE = """
import sys

def mutate(tool):
    def deep_sizeof(val):
        return sys.getsizeof(val)
    tool.deep_sizeof = deep_sizeof
"""

PRINTS_ONLY = """
def mutate(tool):
    working = tool.inspect_value
    def inspect_value(val):
        working(val)
    tool.inspect_value = inspect_value
"""

_runs = {}


def _run(mutation=None):
    if mutation not in _runs:
        _runs[mutation] = learner_tests.run_tests(TESTS, CODE, mutation)
    return _runs[mutation]


def _caught(mutation, broken, hint):
    helper = learner_tests
    helper.require_tests(_run(), TESTS[0], hint="Write test_ functions first.")
    helper.expect_caught(_run(mutation), broken, hint=hint)


def check_has_tests():
    """test_typeinspector.py has tests that run"""
    run = _run()
    learner_tests.require_tests(
        run, TESTS[0],
        hint="pytest collects functions whose names start with test_. Fill in the two in the "
             "starter, and add more for deep_sizeof, public_methods and inspect_value.",
    )
    if run.note:
        print(run.note)


def check_passes_on_your_code():
    """every test passes on your own typeinspector.py"""
    helper = learner_tests
    helper.require_tests(_run(), TESTS[0], hint="Write test_ functions first.")
    helper.expect_all_pass(
        _run(), "your week1/day1/typeinspector.py",
        hint="Either the test expects something the docstring does not promise, or the code "
             "has a bug the earlier milestones did not catch. Run the test file yourself to see "
             "the whole failure.",
    )


def check_catches_tuples_called_mutable():
    """the tests fail when is_mutable calls a tuple mutable"""
    _caught(TUPLES_MUTABLE, "is_mutable said every tuple is mutable",
            hint="Assert that is_mutable is False for a tuple, including one that holds a list.")


def check_catches_tuples_called_hashable():
    """the tests fail when is_hashable trusts the type of a tuple"""
    _caught(TUPLES_HASHABLE, "is_hashable said every tuple is hashable",
            hint="A tuple is only hashable when everything inside it is. Test one that holds a "
                 "list.")


def check_catches_dunders_in_public_methods():
    """the tests fail when public_methods lets dunder methods through"""
    _caught(KEEPS_DUNDERS, "public_methods also listed names such as __len__",
            hint="Compare public_methods of a small value with the exact list you expect, or "
                 "assert that no name starts with an underscore.")


def check_catches_a_shallow_deep_sizeof():
    """the tests fail when deep_sizeof only measures the outer object"""
    _caught(SHALLOW_SIZE, "deep_sizeof returned sys.getsizeof(val) and looked at nothing inside",
            hint="A container must measure more than sys.getsizeof of itself. Build the expected "
                 "number from sys.getsizeof of each part.")


def check_catches_inspect_value_returning_nothing():
    """the tests fail when inspect_value only prints"""
    _caught(PRINTS_ONLY, "inspect_value printed its report and returned None",
            hint="Assert on the dict inspect_value returns, not only on what it prints (pytest's "
                 "capsys fixture reads what was printed).")
