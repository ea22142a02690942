"""first_at_least: where does a value belong in a sorted list?

    first_at_least([10, 20, 20, 30], 20)   # 1: the first 20
    first_at_least([10, 20, 20, 30], 25)   # 3: where 25 would go
    first_at_least([10, 20, 20, 30], 99)   # 4: past the end

Try it from a terminal in your workspace folder:

    python expert/performance/search.py
"""


def first_at_least(items, target):
    """The index of the first item that is not less than ``target``; ``len(items)`` if there is none.

    ``items`` is sorted in ascending order and may hold repeated values. Halve the range
    that can still hold the answer until it is one place wide, so that a list of a
    million items needs only about twenty comparisons. (The standard library's
    ``bisect.bisect_left`` does exactly this; write your own, then compare.)
    Compare items only with ``<`` (or ``<=``, ``>``, ``>=``, ``==``) and never change ``items``.
    """
    # TODO
    raise NotImplementedError("first_at_least is not written yet")


if __name__ == "__main__":
    data = [10, 20, 20, 30]
    print([first_at_least(data, t) for t in (5, 10, 20, 25, 30, 99)])   # [0, 0, 1, 3, 3, 4]
