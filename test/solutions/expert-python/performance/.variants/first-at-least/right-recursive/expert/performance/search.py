"""Right: the same halving, written recursively over a range."""


def first_at_least(items, target, low=0, high=None):
    if high is None:
        high = len(items)
    if low >= high:
        return low
    middle = (low + high) // 2
    if target > items[middle]:
        return first_at_least(items, target, middle + 1, high)
    return first_at_least(items, target, low, middle)
