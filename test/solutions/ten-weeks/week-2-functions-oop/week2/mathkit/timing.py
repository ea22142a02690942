"""Math toolkit, part 1: a timing decorator."""
import functools
import time


def timed(func):
    """Decorate ``func`` so that the wrapper measures every call with time.perf_counter().

    The wrapper keeps ``calls`` (how many calls finished), ``last`` (seconds the last
    call took, None before any) and ``total`` (seconds of all calls together). A call that
    raises is measured too, and its exception goes on to the caller.
    """
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return func(*args, **kwargs)
        finally:
            elapsed = time.perf_counter() - start
            wrapper.calls += 1
            wrapper.last = elapsed
            wrapper.total += elapsed

    wrapper.calls = 0
    wrapper.last = None
    wrapper.total = 0.0
    return wrapper
