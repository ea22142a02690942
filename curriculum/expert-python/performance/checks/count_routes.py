"""Checks for the `count-routes` milestone (expert/performance/routes.py: count_routes)."""
import os
import sys

from pymastery import call, expect, expect_equal, fail, learner_module


def _expected(n, steps):
    """The check's own answer, filled bottom-up."""
    if n < 0:
        return 0
    ways = [1] + [0] * n
    for height in range(1, n + 1):
        ways[height] = sum(ways[height - s] for s in steps if s <= height)
    return ways[n]


class _TooManyCalls(Exception):
    pass


def _count_calls(module, fn, limit):
    """How many times a function written in the learner's file is entered while fn() runs.

    Generator expressions and comprehensions (names like <genexpr>) are not counted. Stops
    the run with _TooManyCalls once the count passes `limit`.
    """
    path = os.path.realpath(module.__file__)
    mine = {}
    count = [0]

    def profile(frame, event, arg):
        if event != "call":
            return
        code = frame.f_code
        if code not in mine:
            mine[code] = (not code.co_name.startswith("<")
                          and os.path.realpath(code.co_filename) == path)
        if mine[code]:
            count[0] += 1
            if count[0] > limit:
                raise _TooManyCalls()

    previous = sys.getprofile()
    sys.setprofile(profile)
    try:
        fn()
    except _TooManyCalls:
        return None
    finally:
        sys.setprofile(previous)
    return count[0]


def _guarded(routes, n, steps):
    """count_routes(n, steps), stopped with a failure if it calls far more than a memoised solver would."""
    limit = 4 * (max(n, 0) + 1) * len(steps) + 20
    box = []
    calls = _count_calls(routes, lambda: box.append(routes.count_routes(n, steps)), limit)
    if calls is None:
        fail("count_routes(%d, %r) entered your functions more than %d times, and the check "
             "stopped it there; without memoising, the recursion repeats the same heights "
             "an exponential number of times" % (n, steps, limit),
             hint="Decorate the recursive function with functools.lru_cache(maxsize=None), "
                  "or keep a dict of heights already solved and look there first.")
    return box[0]


def check_small_cases():
    """count_routes gives the right count for small climbs"""
    routes = learner_module()
    cases = [((3, (1, 2)), 3), ((0, (1, 2)), 1), ((4, (2,)), 1), ((5, (2,)), 0),
             ((10, (1, 3, 5)), 47), ((7, (3, 1)), 9)]
    for args, answer in cases:
        expect_equal(call(routes.count_routes, *args).value, answer,
                     message="count_routes%r should be %d" % (args, answer),
                     hint="Ways to reach h = the sum, over each step size s, of the ways to reach h - s. "
                          "Height 0 has exactly one way.")
    expect_equal(call(routes.count_routes, -2, (1, 2)).value, 0, hint="A negative height has no routes.")
    expect_equal(call(routes.count_routes, 3).value, 3, hint="steps defaults to (1, 2).")


def check_each_height_solved_once():
    """a memoised solver enters its functions about once per height and step size"""
    routes = learner_module()
    for n, steps in ((60, (1, 2)), (100, (1, 2, 3))):
        _guarded(routes, n, steps)
        calls = _count_calls(routes, lambda: routes.count_routes(n, steps), 10 ** 6)
        expect(calls >= 1, "count_routes never ran a function of yours",
               hint="count_routes should do the work itself, in routes.py.")


def check_larger_climbs():
    """count_routes is right for climbs of up to 150 stairs"""
    routes = learner_module()
    for n, steps in ((40, (1, 2)), (90, (2, 3, 7)), (150, (1, 2, 3))):
        expect_equal(_guarded(routes, n, steps), _expected(n, steps),
                     message="count_routes(%d, %r) is wrong" % (n, steps))


def check_step_sets_do_not_mix():
    """calls with different step sizes never share cached answers"""
    routes = learner_module()
    for steps in ((1, 2), (1, 3), (2,), (1, 2), (4, 1)):
        for n in (20, 9):
            expect_equal(call(routes.count_routes, n, steps).value, _expected(n, steps),
                         message="count_routes(%d, %r), asked after other step sets, is wrong" % (n, steps),
                         hint="A cache keyed only by height gives one step set's answers to another. "
                              "Make a fresh cache inside each count_routes call, or include the "
                              "steps in the key.")
