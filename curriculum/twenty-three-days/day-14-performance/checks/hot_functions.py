"""Checks for the `hot-functions` milestone: counting calls with cProfile."""
from pymastery import call, expect, expect_equal, learner_module


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def helper_a(x):
    return [x] * 2


def helper_b(x):
    return len(str(x))


def tiny():
    return None


def workload(rounds):
    for n in range(rounds):
        helper_a(n)
        if n % 4 == 0:
            helper_b(n)
    for _ in range(7):
        tiny()
    return fib(10)


def check_counts_and_order():
    """the most-called functions come first, with their call counts"""
    optimizer = learner_module()
    rows = call(optimizer.hot_functions, workload, 120, top=5).value
    expect_equal([tuple(row) for row in rows],
                 [("fib", 177), ("helper_a", 120), ("helper_b", 30), ("tiny", 7), ("workload", 1)],
                 hint="Profile with cProfile.Profile().runcall(func, *args, **kwargs), then read pstats.Stats(profiler).stats: "
                      "its keys are (file, line, name) and the second number of each value counts every call.")


def check_top_limits_the_list():
    """top= limits how many rows come back"""
    optimizer = learner_module()
    rows = call(optimizer.hot_functions, workload, 40, top=2).value
    expect_equal([tuple(row) for row in rows], [("fib", 177), ("helper_a", 40)],
                 hint="Sort by calls, most first, then keep the first `top` rows.")


def check_builtins_left_out():
    """built-in functions are not listed"""
    optimizer = learner_module()

    def uses_builtins():
        total = 0
        for n in range(50):
            total += len(str(n)) + abs(-n)
        return sorted([3, 1, 2]), total

    rows = call(optimizer.hot_functions, uses_builtins, top=10).value
    names = [row[0] for row in rows]
    expect_equal(names, ["uses_builtins"],
                 hint="Entries whose file name is \"~\" are built-ins such as len, str and the profiler's own disable(): skip them.")


def check_kwargs_and_ties():
    """keyword arguments reach the function, and ties go alphabetically"""
    optimizer = learner_module()

    def zeta():
        return 1

    def alpha():
        return 2

    def run(times, extra=0):
        for _ in range(times + extra):
            zeta()
            alpha()

    rows = call(optimizer.hot_functions, run, 3, extra=2, top=3).value
    expect_equal([tuple(row) for row in rows], [("alpha", 5), ("zeta", 5), ("run", 1)],
                 hint="Pass **kwargs on to the function, and sort by (-calls, name) so equal counts are alphabetical.")
