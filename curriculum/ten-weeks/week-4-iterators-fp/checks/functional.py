"""Checks for the `map-filter-reduce` milestone (week4/functional.py)."""
import itertools
import operator

from pymastery import call, expect, expect_equal, expect_raises, learner_module


def check_map_and_filter_results():
    """my_map and my_filter give what map and filter give"""
    module = learner_module()
    expect_equal(list(call(module.my_map, str.upper, ["a", "bc"]).value), ["A", "BC"])
    expect_equal(list(call(module.my_filter, lambda n: n % 3 == 0, range(10)).value), [0, 3, 6, 9])
    expect_equal(list(call(module.my_filter, None, [0, 1, "", "x", [], [0]]).value), [1, "x", [0]],
                 hint="With predicate None keep the items that are true themselves.")


def check_map_and_filter_are_lazy():
    """nothing runs until items are asked for, and endless input works"""
    module = learner_module()
    seen = []

    def note(x):
        seen.append(x)
        return x * 10

    mapped = call(module.my_map, note, [1, 2, 3]).value
    expect_equal(seen, [], hint="my_map must not call func before the first item is asked for: "
                                "make it a generator.")
    expect_equal(next(iter(mapped)), 10)
    expect_equal(seen, [1], hint="One item asked for, one call of func.")
    evens = call(module.my_filter, lambda n: n % 2 == 0, itertools.count(1)).value
    expect_equal(list(itertools.islice(evens, 3)), [2, 4, 6],
                 hint="my_filter must work on an endless iterator: yield as you go.")


def check_reduce():
    """my_reduce folds left to right, with and without initial"""
    module = learner_module()
    expect_equal(call(module.my_reduce, operator.sub, [10, 3, 2]).value, 5,
                 hint="(10 - 3) - 2: the first item starts, then each item is folded in.")
    expect_equal(call(module.my_reduce, operator.add, [], 7).value, 7)
    expect_equal(call(module.my_reduce, lambda acc, x: acc + [x], "ab", []).value, ["a", "b"])
    expect_equal(call(module.my_reduce, operator.mul, iter([4])).value, 4,
                 hint="my_reduce must work on an iterator too: take the first item with next().")
    expect_raises(TypeError, module.my_reduce, operator.add, [],
                  hint="An empty iterable with no initial value raises TypeError.")
    marker = object()
    expect(call(module.my_reduce, lambda a, b: b, [marker], None).value is marker,
           "my_reduce(f, [x], None) should start from None and return f(None, x)",
           hint="None is a real initial value; tell 'not given' apart with the _MISSING object.")
