import sys
from collections import deque

from chunks import numbers, read_chunks


def rolling_averages(values, window):
    recent = deque(maxlen=window)
    for value in values:
        recent.append(value)
        if len(recent) == window:
            yield sum(recent) / window


def file_summary(path, window):
    count, largest, last = 0, None, None
    for average in rolling_averages(numbers(read_chunks(path)), window):
        count += 1
        last = average
        largest = average if largest is None else max(largest, average)
    return {"count": count, "max": largest, "last": last}
