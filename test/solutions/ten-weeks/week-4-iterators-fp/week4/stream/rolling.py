"""Streaming pipeline, step 2: rolling averages over a big file.

    python week4/stream/rolling.py readings.txt 10
"""
import sys
from collections import deque

from chunks import numbers, read_chunks


def rolling_averages(values, window):
    """Yield the mean of each run of `window` values, keeping a running total."""
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
    """Count, largest and last rolling average of the file's numbers, in flat memory."""
    count, largest, last = 0, None, None
    for average in rolling_averages(numbers(read_chunks(path)), window):
        count += 1
        last = average
        if largest is None or average > largest:
            largest = average
    return {"count": count, "max": largest, "last": last}


if __name__ == "__main__":
    print(file_summary(sys.argv[1], int(sys.argv[2])))
