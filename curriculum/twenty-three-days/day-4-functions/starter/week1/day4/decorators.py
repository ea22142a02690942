"""Day 4: a small library of decorators.

Every decorator here must keep the decorated function's name, docstring and
``__wrapped__`` (functools.wraps does all three). Time is read with
``time.perf_counter()`` or ``time.monotonic()`` and waiting is done with
``time.sleep()``, looked up when the call happens.
"""
from __future__ import annotations

import functools
import inspect
import time
import typing
from typing import Any, Callable, TypeVar

F = TypeVar("F", bound=Callable[..., Any])


class RateLimitExceeded(Exception):
    """A call came in while the limit for the current period was used up."""


def timer(func: F) -> F:
    """Measure how long each call of ``func`` takes, in wall-clock seconds.

    After every call (also one that raises) the wrapper keeps the seconds in its
    ``last_elapsed`` attribute (None before the first call) and prints one line such as
    ``"load took 0.250s"``. The result (or the exception) of ``func`` passes through unchanged.
    """
    # TODO
    raise NotImplementedError("timer is not written yet")


def retry(max_attempts: int = 3, delay: float = 1.0,
          exceptions: tuple[type[BaseException], ...] = (Exception,)) -> Callable[[F], F]:
    """Call ``func`` up to ``max_attempts`` times while it raises one of ``exceptions``.

    Wait ``delay`` seconds with time.sleep between two attempts (never after the last one).
    When every attempt failed, re-raise the last exception. An exception that is not one of
    ``exceptions`` is raised at once, without a retry. ``max_attempts`` below 1 is a
    ValueError, raised when ``retry(...)`` is called.
    """
    # TODO
    raise NotImplementedError("retry is not written yet")


def memoize(func: F) -> F:
    """Remember each result by the call's arguments, positional and keyword.

    A call with arguments seen before returns the stored result without calling ``func``
    again, even when that result is None. Calls with unhashable arguments (a list, say) are
    passed straight to ``func``. ``wrapper.cache_clear()`` forgets every stored result.
    """
    # TODO
    raise NotImplementedError("memoize is not written yet")


def validate_types(func: F) -> F:
    """Check arguments and the result against ``func``'s annotations when it is called.

    Raise TypeError, naming the parameter, when an argument is not an instance of its
    annotation, and TypeError when the result does not match the return annotation. Only
    annotations that are plain classes (int, str, a class of your own) are checked; others
    such as list[int] or Optional[str] are ignored, and so are unannotated parameters.
    Annotations may be strings (``from __future__ import annotations``):
    typing.get_type_hints(func) turns them into classes.
    """
    # TODO
    raise NotImplementedError("validate_types is not written yet")


def rate_limit(calls: int = 5, period: float = 1.0) -> Callable[[F], F]:
    """Allow at most ``calls`` calls of ``func`` within any ``period`` seconds.

    A call that would be one too many raises RateLimitExceeded and does not call ``func``.
    A call counts against the limit for ``period`` seconds after it happened. Each decorated
    function has a limit of its own.
    """
    # TODO
    raise NotImplementedError("rate_limit is not written yet")
