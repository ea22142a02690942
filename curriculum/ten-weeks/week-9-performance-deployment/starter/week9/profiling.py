"""Week 9: finding the slow part with cProfile."""
import cProfile
import pstats


def profile_call(func, *args, **kwargs):
    """Run ``func(*args, **kwargs)`` under cProfile.

    Return ``(result, rows)``: what the call returned, and one row per function that ran,
    ``(function_name, calls, own_seconds)``, sorted by own_seconds, largest first. calls is
    the total number of calls (recursive ones included); own_seconds is the time spent in the
    function itself, not in the functions it called (pstats calls it tottime).
    """
    # TODO
    raise NotImplementedError("profile_call is not written yet")


def hottest(rows, ignore=("<built-in method", "<method")):
    """The name of the first row in ``rows`` (from profile_call) that is a Python function,
    not a built-in: names starting with one of ``ignore`` are skipped. None if there is none."""
    # TODO
    raise NotImplementedError("hottest is not written yet")
