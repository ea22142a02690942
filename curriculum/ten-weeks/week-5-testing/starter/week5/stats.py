"""Small statistics functions. They work: your job this milestone is to prove it with tests."""


def mean(values):
    """The average of a non-empty list; ValueError for an empty one."""
    if not values:
        raise ValueError("mean of an empty list")
    return sum(values) / len(values)


def median(values):
    """The middle value after sorting; for an even count, the average of the two middle ones."""
    if not values:
        raise ValueError("median of an empty list")
    ordered = sorted(values)
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[middle]
    return (ordered[middle - 1] + ordered[middle]) / 2


def clamp(value, low, high):
    """``value`` limited to the range low..high; ValueError when low > high."""
    if low > high:
        raise ValueError("low is above high")
    return max(low, min(value, high))
