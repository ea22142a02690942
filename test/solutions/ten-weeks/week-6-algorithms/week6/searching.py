"""Binary search over a sorted list."""


def binary_search(items, target):
    """Return an index of ``target`` in the sorted list ``items``, or -1 when it is absent.

    Look at no more than about log2(len(items)) + 2 items.
    """
    low, high = 0, len(items) - 1
    while low <= high:
        middle = (low + high) // 2
        if items[middle] == target:
            return middle
        if items[middle] < target:
            low = middle + 1
        else:
            high = middle - 1
    return -1
