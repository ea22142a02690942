"""Day 4: a small library of decorators."""
from __future__ import annotations

import functools
import inspect
import time
import typing
from collections import deque
from typing import Any, Callable, TypeVar

F = TypeVar("F", bound=Callable[..., Any])


class RateLimitExceeded(Exception):
    """A call came in while the limit for the current period was used up."""


def timer(func: F) -> F:
    """Time every call; keep the seconds in ``wrapper.last_elapsed`` and print them."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return func(*args, **kwargs)
        finally:
            elapsed = time.perf_counter() - started
            wrapper.last_elapsed = elapsed  # type: ignore[attr-defined]
            print(f"{func.__name__} took {elapsed:.3f}s")

    wrapper.last_elapsed = None  # type: ignore[attr-defined]
    return typing.cast(F, wrapper)


def retry(max_attempts: int = 3, delay: float = 1.0,
          exceptions: tuple[type[BaseException], ...] = (Exception,)) -> Callable[[F], F]:
    """Call again after ``delay`` seconds when one of ``exceptions`` is raised."""
    if max_attempts < 1:
        raise ValueError("max_attempts must be at least 1")

    def decorate(func: F) -> F:
        @functools.wraps(func)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            for attempt in range(1, max_attempts + 1):
                try:
                    return func(*args, **kwargs)
                except exceptions:
                    if attempt == max_attempts:
                        raise
                    time.sleep(delay)
            raise AssertionError("unreachable")

        return typing.cast(F, wrapper)

    return decorate


def memoize(func: F) -> F:
    """Remember results by arguments; unhashable arguments skip the cache."""
    cache: dict[Any, Any] = {}

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        key = (args, tuple(sorted(kwargs.items())))
        try:
            if key in cache:
                return cache[key]
        except TypeError:
            return func(*args, **kwargs)
        result = func(*args, **kwargs)
        cache[key] = result
        return result

    wrapper.cache_clear = cache.clear  # type: ignore[attr-defined]
    return typing.cast(F, wrapper)


def validate_types(func: F) -> F:
    """Raise TypeError when an argument or the result does not match its annotation."""
    signature = inspect.signature(func)
    hints = typing.get_type_hints(func)

    def check(name: str, value: object) -> None:
        expected = hints.get(name)
        if isinstance(expected, type) and not isinstance(value, expected):
            raise TypeError(f"{name} must be {expected.__name__}, not {type(value).__name__}")

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        bound = signature.bind(*args, **kwargs)
        for name, value in bound.arguments.items():
            if signature.parameters[name].kind in (inspect.Parameter.VAR_POSITIONAL,
                                                   inspect.Parameter.VAR_KEYWORD):
                continue
            check(name, value)
        result = func(*args, **kwargs)
        check("return", result)
        return result

    return typing.cast(F, wrapper)


def rate_limit(calls: int = 5, period: float = 1.0) -> Callable[[F], F]:
    """Allow at most ``calls`` calls in any ``period`` seconds; refuse the rest."""

    def decorate(func: F) -> F:
        stamps: list[float] = []

        @functools.wraps(func)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            now = time.monotonic()
            stamps[:] = [t for t in stamps if now - t < period]
            if len(stamps) >= calls:
                raise RateLimitExceeded("too many calls")
            stamps.append(now)
            return func(*args, **kwargs)

        return typing.cast(F, wrapper)

    return decorate
