"""Wrong: stops at the first equal item it happens to meet, which may not be the first of the repeats."""


def first_at_least(items, target):
    low, high = 0, len(items)
    while low < high:
        middle = (low + high) // 2
        if items[middle] == target:
            return middle
        if items[middle] < target:
            low = middle + 1
        else:
            high = middle
    return low
