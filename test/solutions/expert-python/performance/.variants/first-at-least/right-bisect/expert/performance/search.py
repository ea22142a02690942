"""Right: the standard library does the halving."""
from bisect import bisect_left


def first_at_least(items, target):
    return bisect_left(items, target)
