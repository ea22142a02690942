"""Day 10: a lazy data pipeline built from generators."""
from __future__ import annotations

import csv
import tracemalloc
from itertools import islice
from typing import Any, Callable, Dict, Generator, Iterable, Iterator, List, Optional, Tuple, TypeVar

T = TypeVar("T")
R = TypeVar("R")


def read_large_file(filename: str) -> Iterator[str]:
    """Yield the lines of a text file one at a time, without their line endings."""
    handle = open(filename, encoding="utf-8")
    for line in handle:
        yield line.rstrip("\n")


def filter_data(data: Iterable[T], predicate: Callable[[T], bool]) -> Iterator[T]:
    """Lazily yield the items of ``data`` for which ``predicate(item)`` is true."""
    return (item for item in data if predicate(item))


def transform_data(data: Iterable[T], func: Callable[[T], R]) -> Iterator[R]:
    """Lazily yield ``func(item)`` for every item of ``data``."""
    for item in data:
        yield func(item)


def batch_data(data: Iterable[T], size: int) -> Iterator[List[T]]:
    """Lazily group ``data`` into lists of ``size`` items; the last list may be shorter."""
    if size < 1:
        raise ValueError("batch size must be at least 1")
    return _batches(iter(data), size)


def _batches(items: Iterator[T], size: int) -> Iterator[List[T]]:
    while True:
        batch = list(islice(items, size))
        if not batch:
            return
        yield batch


def flatten(nested: Iterable[Any]) -> Iterator[Any]:
    """Lazily yield the leaves of arbitrarily nested iterables (strings are leaves)."""
    for item in nested:
        if isinstance(item, (str, bytes)) or not hasattr(item, "__iter__"):
            yield item
        else:
            yield from flatten(item)


def parse_csv(lines: Iterable[str]) -> Iterator[Dict[str, str]]:
    """Lazily turn CSV lines into dicts, using the first line as the header."""
    rows = csv.reader(line for line in lines if line.strip())
    header = next(rows, None)
    if header is None:
        return
    for row in rows:
        yield dict(zip(header, row))


def _is_number(text: str) -> bool:
    try:
        float(text)
    except (TypeError, ValueError):
        return False
    return True


def total_by(filename: str, group: str, value: str) -> Dict[str, float]:
    """Sum column ``value`` per distinct ``group`` over a CSV file of any size."""
    rows = parse_csv(read_large_file(filename))
    usable = filter_data(rows, lambda row: _is_number(row.get(value)))
    pairs = transform_data(usable, lambda row: (row[group], float(row[value])))
    totals: Dict[str, float] = {}
    for key, amount in pairs:
        totals[key] = totals.get(key, 0.0) + amount
    return totals


def peak_memory(fn: Callable[..., R], *args: Any, **kwargs: Any) -> Tuple[R, int]:
    """Call ``fn(*args, **kwargs)`` and return ``(its result, peak bytes allocated)``."""
    was_tracing = tracemalloc.is_tracing()
    if not was_tracing:
        tracemalloc.start()
    try:
        baseline = tracemalloc.get_traced_memory()[0]
        if hasattr(tracemalloc, "reset_peak"):  # Python 3.9+
            tracemalloc.reset_peak()
        result = fn(*args, **kwargs)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        if not was_tracing:
            tracemalloc.stop()
    return result, max(0, peak - baseline)


class ResetAverage(Exception):
    """Throw this into running_average() to make it forget everything it has seen."""


def running_average() -> Generator[Optional[float], float, None]:
    """A coroutine that keeps the average of the numbers sent to it."""
    total = 0.0
    count = 0
    average: Optional[float] = None
    while True:
        try:
            number = yield average
        except ResetAverage:
            total, count, average = 0.0, 0, None
            continue
        total += number
        count += 1
        average = total / count
