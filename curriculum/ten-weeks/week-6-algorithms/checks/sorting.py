"""Checks for the `sorting` milestone (week6/sorting.py)."""
import math
import random

from pymastery import call, capture, expect, expect_equal, fail, learner_module
from pymastery.track.algo_tools import Counter, TooManyComparisons

_SORTS = ["merge_sort", "quick_sort"]


def check_sorts_numbers():
    """merge_sort and quick_sort put numbers in order"""
    module = learner_module()
    cases = [[], [1], [2, 1], [5, 3, 8, 1, 9, 2], [3, 3, 1, 3, 2, 1], [-4, 10, 0, -4, 7]]
    for name in _SORTS:
        for case in cases:
            expect_equal(call(getattr(module, name), list(case)).value, sorted(case),
                         hint=f"{name} must return the sorted list, duplicates included.")
        data = random.sample(range(10_000), 1000)
        expect_equal(call(getattr(module, name), list(data)).value, sorted(data))


def check_leaves_input_alone():
    """both sorts return a new list and leave theirs unchanged"""
    module = learner_module()
    for name in _SORTS:
        data = [4, 1, 3, 2]
        call(getattr(module, name), data)
        expect_equal(data, [4, 1, 3, 2],
                     hint=f"{name} must build a new list; the caller's list stays as it was.")


def check_merge_sort_stable():
    """merge_sort keeps equal items in their original order"""
    module = learner_module()
    counter = Counter()
    items = [counter.wrap(value, tag) for tag, value in enumerate([3, 1, 3, 2, 1, 3, 2])]
    result = call(module.merge_sort, items).value
    expect_equal([(item.value, item.tag) for item in result],
                 [(1, 1), (1, 4), (2, 3), (2, 6), (3, 0), (3, 2), (3, 5)],
                 hint="When the two heads are equal, take the one from the left half first.")


def check_n_log_n_comparisons():
    """both sorts make about n·log n comparisons, on shuffled and on sorted input"""
    module = learner_module()
    n = 2048
    budget = 5 * n * int(math.log2(n))
    for name in _SORTS:
        for label, data in [("shuffled", random.sample(range(n), n)),
                            ("already sorted", list(range(n)))]:
            counter = Counter(budget)
            result = capture(getattr(module, name), counter.wrap_all(data))
            if isinstance(result.exception, TooManyComparisons):
                fail(f"{name} on {n:,} {label} numbers made more than {budget:,} comparisons "
                     f"and was stopped; n·log2(n) is about {n * 11:,}. That is how an O(n²) "
                     "sort behaves.",
                     hint="Merge sort halves the list and merges; quick sort needs a pivot that "
                          "splits well even on sorted input: a random item, or the middle one.")
            if result.exception is not None:
                raise result.exception
            expect([item.value for item in result.value] == sorted(data),
                   f"{name} did not sort {n:,} {label} numbers.")
