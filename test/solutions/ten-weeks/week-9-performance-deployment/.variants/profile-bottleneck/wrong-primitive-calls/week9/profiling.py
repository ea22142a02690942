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
    profiler = cProfile.Profile()
    result = profiler.runcall(func, *args, **kwargs)
    stats = pstats.Stats(profiler)
    rows = []
    for (filename, line, name), (primitive, total_calls, own, cumulative, callers) in stats.stats.items():
        rows.append((name, primitive, own))
    rows.sort(key=lambda row: row[2], reverse=True)
    return result, rows


def hottest(rows, ignore=("<built-in method", "<method")):
    """The name of the first row in ``rows`` (from profile_call) that is a Python function,
    not a built-in: names starting with one of ``ignore`` are skipped. None if there is none."""
    for name, calls, own in rows:
        if not name.startswith(ignore):
            return name
    return None
