"""Two O(n log n) sorts. Both return a new list and leave their argument alone."""
import random


def merge_sort(items):
    """Return a new list with the items of ``items`` in order. Equal items keep their order."""
    # TODO
    raise NotImplementedError("merge_sort is not written yet")


def quick_sort(items):
    """Return a new list with the items of ``items`` in order, by partitioning round a pivot."""
    # TODO
    raise NotImplementedError("quick_sort is not written yet")
