"""Checks for the `common-items` milestone: the same answers with far fewer operations.

Instead of timing, the checks count how often items are compared or hashed: that
count does not depend on how busy the machine is.
"""
import random

from pymastery import call, expect, expect_equal, learner_module


class Counted:
    """A value that counts every == and hash() done on it (all instances share the count)."""

    operations = 0

    def __init__(self, value):
        self.value = value

    def __eq__(self, other):
        Counted.operations += 1
        return isinstance(other, Counted) and self.value == other.value

    def __hash__(self):
        Counted.operations += 1
        return hash(self.value)

    def __repr__(self):
        return "Counted(%r)" % (self.value,)


def _operations(fn, *args):
    Counted.operations = 0
    result = call(fn, *args).value
    return result, Counted.operations


def check_common_items_same_answers():
    """common_items gives the same answers as the slow version"""
    optimizer = learner_module()
    cases = [([3, 1, 2, 3, 5], [5, 3, 9]), ([], [1]), ([1, 2], []), (list("banana"), list("nab")),
             ([1, 1, 1], [1]), ([4, 5, 6], [7, 8])]
    rng = random.Random(14)
    cases += [([rng.randrange(30) for _ in range(40)], [rng.randrange(30) for _ in range(25)]) for _ in range(5)]
    for a, b in cases:
        expect_equal(call(optimizer.common_items, a, b).value, optimizer.common_items_slow(a, b),
                     hint="Items of a that are in b, in a's order, each once.")


def check_common_items_operations():
    """common_items does a number of operations proportional to the input"""
    optimizer = learner_module()
    a = [Counted(n) for n in range(0, 600, 2)]
    b = [Counted(n) for n in range(0, 600, 3)]
    result, operations = _operations(optimizer.common_items, a, b)
    expect_equal([c.value for c in result], list(range(0, 600, 6)), hint="Multiples of 6 are in both lists.")
    budget = 12 * (len(a) + len(b))
    expect(operations <= budget,
           "common_items compared or hashed items %d times for %d + %d items; a linear solution needs about %d."
           % (operations, len(a), len(b), 3 * (len(a) + len(b))),
           hint="Put b in a set once: then `x in that_set` costs one hash, not a walk through b. "
                "Keep track of what you already added with a set too.")


def check_unique_in_order():
    """unique_in_order keeps first occurrences, in order"""
    optimizer = learner_module()
    for items in (list("abracadabra"), [3, 3, 3], [], [None, 0, False, None, ""], [(1, 2), (1, 2), (2, 1)]):
        expect_equal(call(optimizer.unique_in_order, items).value, optimizer.unique_in_order_slow(items),
                     hint="Keep the first time you see each item and skip it afterwards.")
    expect_equal(call(optimizer.unique_in_order, iter("mississippi")).value, ["m", "i", "s", "p"],
                 hint="Accept any iterable, a one-shot iterator included.")


def check_unique_in_order_operations():
    """unique_in_order does a number of operations proportional to the input"""
    optimizer = learner_module()
    items = [Counted(n % 400) for n in range(1200)]
    result, operations = _operations(optimizer.unique_in_order, items)
    expect_equal([c.value for c in result], list(range(400)), hint="400 distinct values, in order.")
    expect(operations <= 10 * len(items),
           "unique_in_order compared or hashed items %d times for %d items." % (operations, len(items)),
           hint="`item not in a_list` walks the whole list; a set (or dict.fromkeys) answers with one hash.")
