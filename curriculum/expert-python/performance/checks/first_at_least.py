"""Checks for the `first-at-least` milestone (expert/performance/search.py: first_at_least)."""
import bisect
import math
import random

from pymastery import call, expect, expect_equal, learner_module


class Counted:
    """A number that counts every comparison made with it."""

    comparisons = 0

    def __init__(self, value):
        self.value = value

    def _other(self, other):
        Counted.comparisons += 1
        return other.value if isinstance(other, Counted) else other

    def __lt__(self, other):
        return self.value < self._other(other)

    def __le__(self, other):
        return self.value <= self._other(other)

    def __gt__(self, other):
        return self.value > self._other(other)

    def __ge__(self, other):
        return self.value >= self._other(other)

    def __eq__(self, other):
        return self.value == self._other(other)

    __hash__ = None

    def __repr__(self):
        return "Counted(%r)" % (self.value,)


def check_small_cases():
    """first_at_least finds the first place not less than the target"""
    search = learner_module()
    data = [10, 20, 20, 30]
    for target, expected in ((5, 0), (10, 0), (20, 1), (25, 3), (30, 3), (99, 4)):
        expect_equal(call(search.first_at_least, data, target).value, expected,
                     message="first_at_least(%r, %r)" % (data, target),
                     hint="Keep low and high so that the answer is always in [low, high]; when "
                          "items[mid] < target the answer is after mid, otherwise it is mid or before.")
    expect_equal(call(search.first_at_least, [], 7).value, 0, hint="An empty list: the answer is 0.")
    expect_equal(call(search.first_at_least, [4], 4).value, 0)


def check_matches_bisect_on_random_lists():
    """first_at_least agrees with bisect.bisect_left on random lists with repeats"""
    search = learner_module()
    rng = random.Random(20261123)
    for size in (1, 2, 3, 7, 50, 333):
        data = sorted(rng.randrange(size // 2 + 2) for _ in range(size))
        before = list(data)
        for target in range(-1, size // 2 + 4):
            expect_equal(call(search.first_at_least, data, target).value, bisect.bisect_left(data, target),
                         message="first_at_least(%r, %r)" % (data if size < 10 else "[%d sorted items]" % size, target),
                         hint="With repeated values, keep searching to the left after a match: "
                              "the answer is the first of them.")
        expect_equal(data, before, hint="Never change the list you search.")


def check_halves_the_range():
    """a list of n items costs about log2(n) comparisons, not n"""
    search = learner_module()
    for size in (1000, 100000):
        data = [Counted(2 * i) for i in range(size)]
        for value in (0, 2 * size // 3 + 1, 2 * size - 2, 2 * size + 5):
            target = Counted(value)
            Counted.comparisons = 0
            answer = call(search.first_at_least, data, target).value
            expect_equal(answer, bisect.bisect_left([2 * i for i in range(size)], value))
            allowed = 2 * math.ceil(math.log2(size + 1)) + 2
            expect(Counted.comparisons <= allowed,
                   "searching %d items for %d made %d comparisons; halving needs at most %d"
                   % (size, value, Counted.comparisons, allowed),
                   hint="Look at the middle of the range that is left, and throw away the half that "
                        "can't hold the answer. Looking item by item costs up to n comparisons.")
