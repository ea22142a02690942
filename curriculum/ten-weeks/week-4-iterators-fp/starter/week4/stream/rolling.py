"""Streaming pipeline, step 2: rolling averages over a big file.

    python week4/stream/rolling.py readings.txt 10
"""
import sys

from chunks import numbers, read_chunks


def rolling_averages(values, window):
    """Yield the average of each ``window`` consecutive values (none until there are enough).

    Each step must take the same time whatever the window: keep a running total, add the
    value coming in and subtract the one leaving, instead of summing the window again.
    """
    # TODO
    raise NotImplementedError("rolling_averages is not written yet")


def file_summary(path, window):
    """Stream the file's numbers through rolling_averages and return
    ``{"count": number of averages, "max": the largest, "last": the last}``
    (``max`` and ``last`` are None when there are none). Memory must not grow with the file."""
    # TODO
    raise NotImplementedError("file_summary is not written yet")


if __name__ == "__main__":
    print(file_summary(sys.argv[1], int(sys.argv[2])))
