"""Checks for the `binary-search` milestone (week6/searching.py)."""
import math
import random

from pymastery import call, expect, expect_equal, fail, learner_module


class _CountingList(list):
    """A list that counts how many items are read from it."""

    def __init__(self, items):
        super().__init__(items)
        self.reads = 0

    def __getitem__(self, index):
        self.reads += 1
        return super().__getitem__(index)

    def __iter__(self):
        fail("binary_search walked through the whole list with a for loop or `in`.",
             hint="Keep two indexes, low and high, and look only at the item in the middle.")


def check_finds_items():
    """binary_search finds every item of a sorted list"""
    module = learner_module()
    items = [2, 3, 5, 7, 11, 13, 17]
    for i, item in enumerate(items):
        expect_equal(call(module.binary_search, items, item).value, i,
                     hint="Return the index where the item is.")
    expect_equal(call(module.binary_search, [4], 4).value, 0)


def check_missing_items():
    """binary_search returns -1 for items that are not there"""
    module = learner_module()
    items = [2, 3, 5, 7, 11, 13, 17]
    for missing in [1, 4, 12, 18]:
        expect_equal(call(module.binary_search, items, missing).value, -1,
                     hint="When low passes high, the item is not in the list: return -1.")
    expect_equal(call(module.binary_search, [], 3).value, -1, hint="An empty list holds nothing.")


def check_halves_the_search():
    """binary_search reads about log2(n) items, not all of them"""
    module = learner_module()
    n = 100_000
    items = sorted(random.sample(range(10 * n), n))
    present = set(items)
    limit = 2 * math.ceil(math.log2(n)) + 4
    for target in [items[0], items[-1], items[n // 3], items[n // 2] + 1, -5]:
        counting = _CountingList(items)
        result = call(module.binary_search, counting, target).value
        expect_equal(result, items.index(target) if target in present else -1,
                     hint="Return the index of the target, or -1 when it is absent.")
        expect(counting.reads <= limit,
               f"binary_search read {counting.reads} items of a sorted list of {n:,} to look "
               f"for {target}; halving the range each step needs about {math.ceil(math.log2(n))}.",
               hint="Each step compares with the middle item and throws away the half that "
                    "cannot hold the target.")
