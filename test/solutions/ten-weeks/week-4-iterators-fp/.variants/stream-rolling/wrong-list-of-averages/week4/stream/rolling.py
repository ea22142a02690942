import sys
from collections import deque

from chunks import numbers, read_chunks


def rolling_averages(values, window):
    recent = deque()
    total = 0.0
    for value in values:
        recent.append(value)
        total += value
        if len(recent) > window:
            total -= recent.popleft()
        if len(recent) == window:
            yield total / window


def file_summary(path, window):
    averages = list(rolling_averages(numbers(read_chunks(path)), window))
    return {"count": len(averages), "max": max(averages, default=None),
            "last": averages[-1] if averages else None}
