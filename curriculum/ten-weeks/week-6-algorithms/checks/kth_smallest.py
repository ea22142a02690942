"""Checks for the `kth-smallest` milestone (week6/selection.py)."""
import random

from pymastery import call, capture, expect, expect_equal, expect_raises, fail, learner_module
from pymastery.track.algo_tools import Counter, TooManyComparisons


def check_values():
    """kth_smallest picks the right item"""
    module = learner_module()
    data = [7, 2, 9, 4, 4, 1, 8]
    for k in range(1, len(data) + 1):
        expect_equal(call(module.kth_smallest, list(data), k).value, sorted(data)[k - 1],
                     hint="k = 1 is the smallest; duplicates count once each.")
    expect_equal(call(module.kth_smallest, [5], 1).value, 5)


def check_bad_k():
    """kth_smallest refuses a k out of range"""
    module = learner_module()
    for k in [0, 4, -1]:
        expect_raises(ValueError, module.kth_smallest, [3, 1, 2], k,
                      hint="k must be between 1 and len(items); raise ValueError otherwise.")


def check_linear_for_small_k():
    """for a small k, kth_smallest makes far fewer comparisons than sorting"""
    module = learner_module()
    n = 50_000
    # Sorting n shuffled items needs about n·log2(n) ≈ 14n comparisons; a heap of k items or a
    # quickselect needs a few n. A quickselect now and then picks bad pivots, so the best of
    # three runs is judged.
    counts = []
    for _ in range(3):
        data = random.sample(range(10 * n), n)
        counter = Counter(budget=30 * n)
        result = capture(module.kth_smallest, counter.wrap_all(data), 5)
        if isinstance(result.exception, TooManyComparisons):
            fail(f"kth_smallest(items, 5) on {n:,} items made more than {30 * n:,} comparisons.",
                 hint="Keep a heap of the k best so far, or use quickselect.")
        if result.exception is not None:
            raise result.exception
        expect(result.value == sorted(data)[4],
               f"kth_smallest(items, 5) returned {result.value!r}; expected {sorted(data)[4]}.")
        counts.append(counter.count)
    best = min(counts)
    expect(best <= 9 * n,
           f"kth_smallest(items, 5) on {n:,} items made {best:,} comparisons at best; sorting "
           f"everything makes about {14 * n:,}, a heap or quickselect at most about {6 * n:,}.",
           hint="Sorting the whole list is not allowed here. heapq.nsmallest keeps only k items "
                "in its heap; quickselect partitions and recurses into one side only.")
