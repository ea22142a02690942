import itertools
import sys
from collections import deque

from chunks import numbers, read_chunks


def rolling_averages(values, window):
    values = iter(values)
    recent = deque(itertools.islice(values, window))
    if len(recent) < window:
        return
    total = sum(recent)
    yield total / window
    for value in values:
        total += value - recent.popleft()
        recent.append(value)
        yield total / window


def file_summary(path, window):
    summary = {"count": 0, "max": None, "last": None}
    for average in rolling_averages(numbers(read_chunks(path, 4096)), window):
        summary["count"] += 1
        summary["last"] = average
        if summary["max"] is None or average > summary["max"]:
            summary["max"] = average
    return summary
