"""Checks for the `profile-bottleneck` milestone (week9/profiling.py)."""
from pymastery import call, expect, expect_equal, learner_module


def _tiny(x):
    return x + 1


def _slow_sum(n):
    total = 0
    for i in range(n):
        total += i % 7
    return total


def _countdown(n):
    return 0 if n == 0 else _countdown(n - 1)


def _workload(n):
    small = [_tiny(i) for i in range(7)]
    return _slow_sum(n) + sum(small) + _countdown(9)


def _rows():
    module = learner_module()
    result, rows = call(module.profile_call, _workload, 1_000_000).value
    return module, result, rows


def check_returns_the_result():
    """profile_call returns what the function returned"""
    _, result, rows = _rows()
    expect_equal(result, _workload(1_000_000), hint="profiler.runcall(func, *args, **kwargs) returns the call's result.")
    expect(isinstance(rows, list) and rows and all(isinstance(r, tuple) and len(r) == 3 for r in rows),
           f"rows should be a list of (name, calls, own_seconds) tuples, got {rows!r:.200}",
           hint="Build one tuple per entry of pstats.Stats(profiler).stats.")


def check_counts_calls():
    """each function's row has its name and number of calls"""
    _, _, rows = _rows()
    calls = {name: count for name, count, _ in rows}
    expect_equal(calls.get("_tiny"), 7, hint="The name is the third part of a stats key, (file, line, name).")
    expect_equal(calls.get("_slow_sum"), 1)
    expect_equal(calls.get("_countdown"), 10,
                 hint="Each stats value starts (primitive calls, total calls, ...): use the total, which "
                      "counts recursive calls too.")


def check_sorted_by_own_time():
    """rows are sorted by own time, and the slow loop comes first"""
    module, _, rows = _rows()
    own = [row[2] for row in rows]
    expect(own == sorted(own, reverse=True), "rows are not sorted by own time, largest first",
           hint="Sort with key=lambda row: row[2] and reverse=True.")
    expect_equal(call(module.hottest, rows).value, "_slow_sum",
                 hint="Own time (tottime) leaves out time spent in callees, so _workload is not the hottest: "
                      "the loop in _slow_sum is.")


def check_hottest_skips_builtins():
    """hottest skips built-in functions and handles no rows"""
    module = learner_module()
    rows = [("<built-in method builtins.sorted>", 1, 0.9), ("<method 'join' of 'str' objects>", 3, 0.5),
            ("parse", 40, 0.2), ("render", 2, 0.1)]
    expect_equal(call(module.hottest, rows).value, "parse",
                 hint="Skip names that start with one of the ignore prefixes: str.startswith accepts a tuple.")
    expect_equal(call(module.hottest, rows[:2]).value, None)
