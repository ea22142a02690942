"""Day 10: a lazy data pipeline built from generators.

Each stage takes an iterable and gives back an iterator, so stages snap
together and only one item at a time travels through the whole chain:

    rows = parse_csv(read_large_file("sales.csv"))
    big = filter_data(rows, lambda row: float(row["amount"]) > 100)
    for batch in batch_data(big, 500):
        ...

Replace every ``raise NotImplementedError`` with a real body.
"""
from __future__ import annotations

from typing import Any, Callable, Dict, Generator, Iterable, Iterator, List, Optional, Tuple, TypeVar

T = TypeVar("T")
R = TypeVar("R")


# -- milestone "Read a file lazily" ----------------------------------------------------------

def read_large_file(filename: str) -> Iterator[str]:
    """Yield the lines of a text file one at a time, without their line endings.

    Nothing happens when the function is called: the file is opened when the
    first line is asked for, and it is closed once the lines run out or the
    caller closes the generator early. Only one line is in memory at a time.
    """
    raise NotImplementedError


# -- milestone "Filter, transform, batch and flatten" ----------------------------------------

def filter_data(data: Iterable[T], predicate: Callable[[T], bool]) -> Iterator[T]:
    """Lazily yield the items of ``data`` for which ``predicate(item)`` is true."""
    raise NotImplementedError


def transform_data(data: Iterable[T], func: Callable[[T], R]) -> Iterator[R]:
    """Lazily yield ``func(item)`` for every item of ``data``."""
    raise NotImplementedError


def batch_data(data: Iterable[T], size: int) -> Iterator[List[T]]:
    """Lazily group ``data`` into lists of ``size`` items; the last list may be shorter.

    Raise ValueError (when called, or at the latest on the first next()) if
    ``size`` is less than 1. Never yield an empty list.
    """
    raise NotImplementedError


def flatten(nested: Iterable[Any]) -> Iterator[Any]:
    """Lazily yield the leaves of arbitrarily nested lists, tuples and other iterables.

    Strings and bytes are leaves, not iterables to open up. Use ``yield from``.

    >>> list(flatten([1, [2, (3, [4])], "ab"]))
    [1, 2, 3, 4, 'ab']
    """
    raise NotImplementedError


# -- milestone "A CSV pipeline in constant memory" --------------------------------------------

def parse_csv(lines: Iterable[str]) -> Iterator[Dict[str, str]]:
    """Lazily turn CSV lines into dicts, using the first line as the header.

    Blank lines are skipped. Quoted fields with commas work (use the csv module).
    """
    raise NotImplementedError


def total_by(filename: str, group: str, value: str) -> Dict[str, float]:
    """Sum column ``value`` per distinct ``group`` over a CSV file of any size.

    Build it from the stages above. Rows whose ``value`` is not a number are
    skipped. Memory use must not grow with the size of the file.
    """
    raise NotImplementedError


def peak_memory(fn: Callable[..., R], *args: Any, **kwargs: Any) -> Tuple[R, int]:
    """Call ``fn(*args, **kwargs)`` and return ``(its result, peak bytes allocated)``.

    Measure with tracemalloc, counting only what was allocated during the call,
    and leave tracemalloc stopped afterwards if it was not running before.
    """
    raise NotImplementedError


# -- milestone "A generator you talk to" ------------------------------------------------------

class ResetAverage(Exception):
    """Throw this into running_average() to make it forget everything it has seen."""


def running_average() -> Generator[Optional[float], float, None]:
    """A coroutine that keeps the average of the numbers sent to it.

    Prime it with next(), which gives None. Each send(number) then gives the
    average of all numbers sent so far. throw(ResetAverage) forgets them all
    and gives None; the coroutine carries on. Any other exception thrown in ends it.

    >>> avg = running_average()
    >>> next(avg) is None
    True
    >>> avg.send(10), avg.send(20)
    (10.0, 15.0)
    """
    raise NotImplementedError
