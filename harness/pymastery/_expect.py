"""Expectations a check states about the learner's code. Each failure ends the check."""
from __future__ import annotations

from ._failures import MESSAGE_REPR_LIMIT, CheckFailed, CheckSkipped, short_repr
from ._learner import _learner_failure, _run_captured, describe_call
from ._session import active_session

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Callable, NoReturn, Optional, Type


def _brief(value: object) -> str:
    return short_repr(value, MESSAGE_REPR_LIMIT)


def fail(message: str, *, hint: Optional[str] = None, expected: object = None,
         actual: object = None, at: object = None) -> NoReturn:
    """Fails the check. `expected`/`actual`, when given, are shown as a diff (use reprs/str)."""
    raise CheckFailed(
        str(message),
        hint=hint,
        expected=None if expected is None else str(expected),
        actual=None if actual is None else str(actual),
        at=at,
    )


def skip(reason: str) -> NoReturn:
    """Marks the check skipped."""
    raise CheckSkipped(str(reason))


def expect(condition: object, message: str = "the expectation was not met", *,
           hint: Optional[str] = None, at: object = None) -> None:
    """Passes when `condition` is true."""
    if not condition:
        fail(message, hint=hint, at=at)


def expect_equal(actual: object, expected: object, message: Optional[str] = None, *,
                 hint: Optional[str] = None, at: object = None) -> None:
    """Passes when `actual == expected`."""
    if actual == expected:
        return
    fail(message or "expected %s, got %s" % (_brief(expected), _brief(actual)), hint=hint,
         expected=short_repr(expected), actual=short_repr(actual), at=at)


def expect_in(member: object, container: object, message: Optional[str] = None, *,
              hint: Optional[str] = None, at: object = None) -> None:
    """Passes when `member in container` (a substring of a text, an item of a list, …)."""
    if member in container:  # type: ignore[operator]
        return
    fail(message or "expected to find %s in %s" % (_brief(member), _brief(container)), hint=hint,
         expected=short_repr(member), actual=short_repr(container), at=at)


def _type_names(types: object) -> str:
    if isinstance(types, tuple):
        return " or ".join(_type_names(t) for t in types)
    return getattr(types, "__name__", None) or short_repr(types)


def expect_isinstance(value: object, types: object, message: Optional[str] = None, *,
                      hint: Optional[str] = None, at: object = None) -> None:
    """Passes when `isinstance(value, types)`."""
    if isinstance(value, types):  # type: ignore[arg-type]
        return
    wanted = _type_names(types)
    got = type(value).__name__
    fail(message or "expected a value of type %s, got %s %s" % (wanted, got, _brief(value)),
         hint=hint, expected=wanted, actual=got, at=at)


def expect_raises(exc_type: Type[BaseException], fn: Callable, *args: Any,
                  hint: Optional[str] = None, message: Optional[str] = None, at: object = None,
                  stdin: Optional[str] = None, **kwargs: Any) -> BaseException:
    """Calls `fn(*args, **kwargs)` (captured, like `call`) and passes when it raises `exc_type`.

    Returns the exception. `hint`, `message`, `at` and `stdin` are taken by this function, not
    passed on to `fn`.
    """
    result, given_stdin = _run_captured(fn, args, kwargs, stdin)
    raised = result.exception
    wanted = _type_names(exc_type)
    if raised is None:
        fail(message or "expected %s to raise %s, but it returned %s" % (
            describe_call(fn, args, kwargs)[len("calling "):], wanted, _brief(result.value)),
            hint=hint, expected=wanted, actual="returned %s" % short_repr(result.value), at=at)
    if isinstance(raised, exc_type):
        return raised
    failure = _learner_failure(active_session(), raised, describe_call(fn, args, kwargs),
                               given_stdin, (fn, args, kwargs))
    failure.message = message or "expected %s, but %s" % (wanted, failure.message)
    failure.args = (failure.message,)
    failure.hint = hint or failure.hint
    failure.expected = wanted
    failure.actual = type(raised).__name__
    raise failure
