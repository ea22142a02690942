"""Week 2: two decorators, one plain and one that takes arguments."""
import functools


def counted(func):
    """Decorate ``func`` so that the wrapper counts its calls in ``wrapper.calls``.

    The wrapper passes every argument on, returns what ``func`` returns, and keeps
    ``func``'s name and docstring.
    """
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return func(*args, **kwargs)

    wrapper.calls = 0
    return wrapper


def clamp(low, high):
    """Return a decorator that keeps the decorated function's result between ``low`` and ``high``.

    Raise ValueError at once (when ``clamp`` is called) if ``low > high``.

    >>> @clamp(0, 10)
    ... def double(x):
    ...     return 2 * x
    >>> double(3), double(8), double(-1)
    (6, 10, 0)
    """
    if low > high:
        raise ValueError(f"low ({low}) is above high ({high})")

    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            return min(max(func(*args, **kwargs), low), high)
        return wrapper

    return decorator
