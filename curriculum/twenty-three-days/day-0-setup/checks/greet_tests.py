"""Checks for the `test-greet` milestone: day0/test_hello.py.

A test is only worth having if it fails when the code is wrong. These checks run the learner's
tests the way pytest does (with the real pytest when the interpreter has it), first against
their own day0/hello.py and then against copies of it with greet broken in three ways.
"""

from pymastery import expect
from pymastery import learner_tests


TESTS = ["day0/test_hello.py"]
CODE = ["day0/hello.py"]

RETURNS_NONE = """
def mutate(hello):
    working = hello.greet
    def greet(name="world"):
        print(working(name))
    hello.greet = greet
"""

IGNORES_NAME = """
def mutate(hello):
    working = hello.greet
    def greet(name="world"):
        return working()
    hello.greet = greet
"""

NO_TIDYING = """
def mutate(hello):
    def greet(name="world"):
        return "Hello, " + name + "!"
    hello.greet = greet
"""

_runs = {}


def _run(mutation=None):
    """The learner's tests against their hello.py, or against a broken copy (run once each)."""
    if mutation not in _runs:
        _runs[mutation] = learner_tests.run_tests(TESTS, CODE, mutation)
    return _runs[mutation]


def _first_test(run):
    return run.tests[0].at if run.tests and run.runner == "pytest" else None


def check_has_tests():
    """test_hello.py has tests that run"""
    helper = learner_tests
    run = _run()
    helper.require_tests(
        run, "day0/test_hello.py",
        hint="pytest collects functions whose names start with test_ (and test_ methods of "
             "classes named Test...). Rename your tests or add one: def test_greet_uses_the_name():",
    )
    if run.note:
        print(run.note)


def check_passes_on_your_greet():
    """every test passes on your own greet"""
    helper = learner_tests
    run = _run()
    helper.require_tests(run, "day0/test_hello.py", hint="Write at least one test_ function first.")
    helper.expect_all_pass(
        run, "your day0/hello.py",
        hint="Either the test expects the wrong text or greet is not finished. Compare the "
             "expected strings with the docstring letter by letter, and run the greet "
             "milestone's check first.",
    )


def check_catches_a_greet_that_returns_none():
    """the tests fail when greet prints instead of returning"""
    helper = learner_tests
    run = _run(RETURNS_NONE)
    helper.expect_caught(
        run, "greet printed its text and returned None",
        hint="A test that calls greet without comparing what comes back passes no matter what. "
             "Compare the returned value with the text you expect.",
        at=_first_test(_run()),
    )


def check_catches_a_greet_that_ignores_the_name():
    """the tests fail when greet ignores the name"""
    helper = learner_tests
    run = _run(IGNORES_NAME)
    helper.expect_caught(
        run, "greet always said \"Hello, world!\"",
        hint="Test with a real name, not only the default: a greet that ignores its argument "
             "still gets greet() right.",
        at=_first_test(_run()),
    )


def check_catches_a_greet_that_skips_tidying():
    """the tests fail when greet does not strip or fall back"""
    helper = learner_tests
    run = _run(NO_TIDYING)
    expect(
        run.caught,
        "Every test still passed when greet used the name exactly as given, spaces and all.",
        hint="Cover the edge cases too: a name with spaces around it, and a name that is only "
             "spaces.",
        at=_first_test(_run()),
    )
