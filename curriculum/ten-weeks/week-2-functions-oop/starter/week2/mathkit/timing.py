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
    # TODO
    raise NotImplementedError("timed is not written yet")
