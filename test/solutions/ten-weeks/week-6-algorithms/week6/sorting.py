"""Two O(n log n) sorts. Both return a new list and leave their argument alone."""
import random


def merge_sort(items):
    """Return a new list with the items of ``items`` in order. Equal items keep their order."""
    if len(items) <= 1:
        return list(items)
    middle = len(items) // 2
    left, right = merge_sort(items[:middle]), merge_sort(items[middle:])
    merged, i, j = [], 0, 0
    while i < len(left) and j < len(right):
        if right[j] < left[i]:
            merged.append(right[j])
            j += 1
        else:
            merged.append(left[i])
            i += 1
    merged.extend(left[i:])
    merged.extend(right[j:])
    return merged


def quick_sort(items):
    """Return a new list with the items of ``items`` in order, by partitioning round a pivot."""
    if len(items) <= 1:
        return list(items)
    pivot = random.choice(items)
    smaller, equal, larger = [], [], []
    for item in items:
        if item < pivot:
            smaller.append(item)
        elif pivot < item:
            larger.append(item)
        else:
            equal.append(item)
    return quick_sort(smaller) + equal + quick_sort(larger)
