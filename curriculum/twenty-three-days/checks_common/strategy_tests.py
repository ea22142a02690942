"""Helpers for the day-17 checks: run the learner's tests in week3/day17/tests against the given
realtime.py and alerts.py, and against copies of them with one behaviour broken."""
import ast

from pymastery import expect, fail, learner_source
from pymastery import learner_tests

DAY = "week3/day17"
REALTIME = DAY + "/realtime.py"
ALERTS = DAY + "/alerts.py"
GIVEN = [REALTIME, ALERTS]

_runs = {}


def run(tests, mutation=None, where=REALTIME, **options):
    """The learner's `tests` (workspace paths), run once per distinct set of arguments."""
    if not learner_tests.has_pytest():
        fail("Today's checks run your tests with pytest itself, and this interpreter does not have it.",
             hint=learner_tests.PYTEST_HINT)
    key = (tuple(tests), mutation, where, tuple(sorted(options.items())))
    if key not in _runs:
        _runs[key] = learner_tests.run_tests(tests, GIVEN, mutation, mutated=where, block_network=True,
                                             timeout=options.pop("timeout", 60), **options)
    return _runs[key]


def passing(tests, hint):
    """Runs the tests against the given code; fails unless there are some and they all pass."""
    result = run(tests)
    learner_tests.require_tests(result, tests[0], hint=hint)
    learner_tests.expect_all_pass(
        result, "the given week3/day17 code",
        hint="The given code is correct, so a failing test expects the wrong thing (or reaches the "
             "network, which the check blocks). Run `python -m pytest %s` in a terminal to see the "
             "whole failure." % tests[0])
    return result


def caught(tests, mutation, where, broken, hint):
    """Fails unless some test fails against the code with `mutation` applied to `where`."""
    passing(tests, hint="Write test_ functions first.")
    learner_tests.expect_caught(run(tests, mutation, where), broken, hint=hint)


def uses_given(path):
    """Whether the test file applies hypothesis's @given to at least one test function."""
    try:
        tree = ast.parse(learner_source(path))
    except SyntaxError:
        return False
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name.startswith("test"):
            for decorator in node.decorator_list:
                target = decorator.func if isinstance(decorator, ast.Call) else decorator
                name = target.attr if isinstance(target, ast.Attribute) else getattr(target, "id", "")
                if name == "given":
                    return True
    return False


def expect_property_tests(path):
    expect(uses_given(path), "No test in %s is decorated with @given." % path,
           hint="from hypothesis import given, strategies as st; then @given(st.lists(st.floats(...)), "
                "st.integers(...)) above a test makes hypothesis call it with many generated inputs.")
