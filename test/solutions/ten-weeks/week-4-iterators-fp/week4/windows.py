"""Week 4: a sliding window over any iterable."""
from collections import deque


def sliding_window(iterable, size):
    """Yield tuples of ``size`` consecutive items."""
    if size < 1:
        raise ValueError("size must be at least 1")
    return _windows(iter(iterable), size)


def _windows(items, size):
    window = deque(maxlen=size)
    for item in items:
        window.append(item)
        if len(window) == size:
            yield tuple(window)
