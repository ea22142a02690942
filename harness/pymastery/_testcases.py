"""Running `unittest.TestCase` test methods one at a time as checks."""
from __future__ import annotations

import unittest

from ._failures import AssertionFailed, CheckSkipped, short_repr

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import List, Optional

#: unittest assertion methods whose `first`/`second` arguments are actual/expected.
_COMPARING_ASSERTIONS = frozenset({
    "assertEqual", "assertListEqual", "assertTupleEqual", "assertDictEqual", "assertSetEqual",
    "assertSequenceEqual", "assertMultiLineEqual", "assertCountEqual", "assertAlmostEqual",
    "_baseAssertEqual",
})


def test_method_names(cls: type) -> List[str]:
    """The test methods of a TestCase class, in the order they are written in the file."""
    names = unittest.TestLoader().getTestCaseNames(cls)

    def line_of(name: str) -> int:
        method = getattr(cls, name, None)
        for _ in range(20):  # decorators such as @unittest.skip wrap the method
            if not hasattr(method, "__wrapped__"):
                break
            method = method.__wrapped__
        code = getattr(method, "__code__", None)
        return code.co_firstlineno if code is not None else 0

    return sorted(names, key=line_of)


class _FirstProblem(unittest.TestResult):
    """Keeps the first failure, error or skip of a one-test run."""

    def __init__(self) -> None:
        super().__init__()
        self.problem: Optional[BaseException] = None

    def _keep(self, error: BaseException) -> None:
        if self.problem is None:
            self.problem = error

    def addError(self, test: object, err: tuple) -> None:  # noqa: N802 (unittest's name)
        self._keep(_with_traceback(err))

    def addFailure(self, test: object, err: tuple) -> None:  # noqa: N802
        self._keep(_as_failure(err))

    def addSkip(self, test: object, reason: str) -> None:  # noqa: N802
        self._keep(CheckSkipped(reason))

    def addUnexpectedSuccess(self, test: object) -> None:  # noqa: N802
        self._keep(AssertionFailed("the test is marked as expected to fail, but it passed"))

    def addSubTest(self, test: object, subtest: object, err: Optional[tuple]) -> None:  # noqa: N802
        if err is None:
            return
        problem = (_as_failure(err) if issubclass(err[0], getattr(test, "failureException",
                                                                   AssertionError))
                   else _with_traceback(err))
        description = getattr(subtest, "_subDescription", lambda: "")()
        if description and isinstance(problem, AssertionFailed):
            problem = AssertionFailed("%s: %s" % (description, problem), problem.expected,
                                      problem.actual)
        self._keep(problem)


def _with_traceback(err: tuple) -> BaseException:
    error = err[1] if err[1] is not None else err[0]()
    if error.__traceback__ is None:
        error.__traceback__ = err[2]
    return error


def _as_failure(err: tuple) -> BaseException:
    """An assertion failure, carrying expected/actual when assertEqual & co. compared values."""
    error = _with_traceback(err)
    values = _compared_values(err[2])
    if values is None:
        return error
    return AssertionFailed(str(error), expected=values[0], actual=values[1])


def _compared_values(tb: object) -> Optional[tuple]:
    """(expected, actual) reprs from the outermost assertEqual-like frame of a traceback."""
    while tb is not None:
        frame = tb.tb_frame  # type: ignore[attr-defined]
        if frame.f_code.co_name in _COMPARING_ASSERTIONS:
            local = frame.f_locals
            if "first" in local and "second" in local:
                return short_repr(local["second"]), short_repr(local["first"])
        tb = tb.tb_next  # type: ignore[attr-defined]
    return None


def run_test_method(cls: type, method: str) -> None:
    """Runs one test method (with its class's setUpClass/tearDownClass); raises its problem."""
    result = _FirstProblem()
    unittest.TestSuite([cls(method)]).run(result)
    if result.problem is not None:
        raise result.problem
