"""Checks for the `optimise-bottleneck` milestone (week9/repeats.py)."""
from pymastery import call, expect, expect_equal, learner_module


class Id:
    """An id that counts how often it is compared with ==."""
    comparisons = 0

    def __init__(self, value):
        self.value = value

    def __eq__(self, other):
        Id.comparisons += 1
        return isinstance(other, Id) and self.value == other.value

    def __hash__(self):
        return hash(self.value)

    def __repr__(self):
        return "Id(%r)" % (self.value,)


def check_finds_repeats():
    """repeated_ids lists each repeated id once, in order of its second occurrence"""
    module = learner_module()
    expect_equal(call(module.repeated_ids, [5, 3, 5, 9, 3, 5, 1]).value, [5, 3])
    expect_equal(call(module.repeated_ids, ["b", "a", "a", "b"]).value, ["a", "b"],
                 hint="\"a\" repeats (at position 2) before \"b\" does (position 3).")
    expect_equal(call(module.repeated_ids, []).value, [])
    expect_equal(call(module.repeated_ids, [1, 2, 3]).value, [])


def check_linear_comparisons():
    """on 1,500 ids it makes a few thousand comparisons, not a million"""
    module = learner_module()
    n = 1500
    ids = [Id(i % 1200) for i in range(n)]
    Id.comparisons = 0
    result = call(module.repeated_ids, ids).value
    made = Id.comparisons
    expect_equal([item.value for item in result], list(range(300)))
    expect(made <= 4 * n,
           f"repeated_ids compared ids {made:,} times for {n:,} ids; a linear version needs at most about "
           f"{2 * n:,}",
           hint="`item in a_list` compares item with every element. A set finds it by hash with about one "
                "comparison, so keep the ids seen so far (and those already reported) in sets.")
