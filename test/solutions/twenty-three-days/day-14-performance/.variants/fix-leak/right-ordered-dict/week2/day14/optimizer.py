"""Day 14: measure first, then make the slow parts fast.

The functions ending in _slow are deliberately wasteful and stay as they are:
profile them, then write the fast versions below them. Replace every
``raise NotImplementedError`` with a real body.

    python -m cProfile -s cumtime week2/day14/optimizer.py
"""
from __future__ import annotations

import cProfile
import math
import functools
import pstats
import timeit
import tracemalloc
from typing import Any, Callable, Hashable, Iterable, List, NamedTuple, Sequence, Tuple, TypeVar

T = TypeVar("T", bound=Hashable)


# -- milestone "Where does the time go?" --------------------------------------------------------

def hot_functions(func: Callable[..., Any], *args: Any, top: int = 5, **kwargs: Any) -> List[Tuple[str, int]]:
    """Run ``func(*args, **kwargs)`` under cProfile and report the most-called functions.

    Return up to ``top`` pairs ``(function name, number of calls)``, most calls
    first, ties in alphabetical order of the name. Count every call, recursive
    ones included. Leave out built-in functions (pstats gives them the file
    name "~") so that only Python functions are listed.
    """
    profiler = cProfile.Profile()
    profiler.runcall(func, *args, **kwargs)
    stats = pstats.Stats(profiler)
    counts = [(name, total_calls)
              for (filename, _line, name), (_primitive, total_calls, _tt, _ct, _callers) in stats.stats.items()
              if filename != "~"]
    counts.sort(key=lambda pair: (-pair[1], pair[0]))
    return counts[:top]


# -- milestone "Replace the nested loops" -------------------------------------------------------

def common_items_slow(a: Sequence[T], b: Sequence[T]) -> List[T]:
    """Items of ``a`` that also appear in ``b``, in the order of ``a``, each once."""
    result: List[T] = []
    for x in a:
        for y in b:
            if x == y and x not in result:
                result.append(x)
    return result


def common_items(a: Sequence[T], b: Sequence[T]) -> List[T]:
    """The same result as common_items_slow, in time proportional to len(a) + len(b)."""
    wanted = set(b)
    return [x for x in unique_in_order(a) if x in wanted]


def unique_in_order_slow(items: Iterable[T]) -> List[T]:
    """The first occurrence of every item, in order."""
    seen: List[T] = []
    for item in items:
        if item not in seen:
            seen.append(item)
    return seen


def unique_in_order(items: Iterable[T]) -> List[T]:
    """The same result as unique_in_order_slow, in time proportional to the number of items."""
    return list(dict.fromkeys(items))


def render_report_slow(rows: Iterable[Tuple[str, float]]) -> str:
    """A text report, one "name: value" line per row, built by repeated concatenation."""
    report = ""
    for name, value in rows:
        report = report + name + ": " + format(value, ".2f") + "\n"
    return report


# -- milestone "Lean objects with __slots__" ----------------------------------------------------

class Point:
    """A point in the plane that stores x and y in __slots__, so it has no __dict__.

    """

    __slots__ = ("x", "y")

    def __init__(self, x: float, y: float) -> None:
        self.x = x
        self.y = y

    def __repr__(self) -> str:
        return f"Point({self.x!r}, {self.y!r})"

    def distance_to(self, target: "Point") -> float:
        """Straight-line distance between the two points."""
        return math.hypot(target.x - self.x, target.y - self.y)


def bytes_per_instance(cls: Callable[[int, int], Any], n: int = 10_000) -> float:
    """Average bytes allocated per object when ``n`` objects cls(i, i) are kept alive.

    Measure with tracemalloc: the traced memory once all n objects exist (keep
    them in a list) minus the traced memory before, divided by n. Leave
    tracemalloc as you found it.
    """
    was_tracing = tracemalloc.is_tracing()
    if not was_tracing:
        tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        kept = [cls(i, i) for i in range(n)]
        after = tracemalloc.get_traced_memory()[0]
    finally:
        if not was_tracing:
            tracemalloc.stop()
    del kept
    return (after - before) / n


# -- milestone "Before and after, measured fairly" -----------------------------------------------

class Comparison(NamedTuple):
    slow_seconds: float
    fast_seconds: float
    speedup: float        # slow_seconds / fast_seconds


def best_time(func: Callable[..., Any], *args: Any, repeat: int = 5, number: int = 1) -> float:
    """Seconds one call of ``func(*args)`` takes, at best.

    Time ``number`` calls in a row, ``repeat`` times over, and return the
    fastest of those rounds divided by ``number``. The minimum is the run the
    rest of the machine disturbed least.
    """
    rounds = timeit.repeat(lambda: func(*args), repeat=repeat, number=number)
    return min(rounds) / number


def compare(slow: Callable[..., Any], fast: Callable[..., Any], *args: Any, repeat: int = 5) -> Comparison:
    """Check that ``slow(*args)`` and ``fast(*args)`` give the same result, then time both.

    Raise ValueError if the results differ: a faster wrong answer is no
    optimisation. Otherwise return a Comparison built from best_time.
    """
    if slow(*args) != fast(*args):
        raise ValueError("the fast version gives a different result")
    slow_seconds = best_time(slow, *args, repeat=repeat)
    fast_seconds = best_time(fast, *args, repeat=repeat)
    return Comparison(slow_seconds, fast_seconds, slow_seconds / fast_seconds)


# -- milestone "Fix the leak" -------------------------------------------------------------------

def fetch_price(sku: str) -> float:
    """Pretend to ask a slow pricing service (do not change this one)."""
    return sum(map(ord, sku)) / 100


from collections import OrderedDict

_prices: "OrderedDict[str, float]" = OrderedDict()


def lookup_price(sku: str) -> float:
    """An LRU cache written by hand."""
    if sku in _prices:
        _prices.move_to_end(sku)
        return _prices[sku]
    price = fetch_price(sku)
    _prices[sku] = price
    if len(_prices) > 1024:
        _prices.popitem(last=False)
    return price


if __name__ == "__main__":
    import random

    numbers = [random.randrange(5_000) for _ in range(3_000)]
    others = [random.randrange(5_000) for _ in range(3_000)]
    common_items_slow(numbers, others)
    unique_in_order_slow(numbers * 3)
    render_report_slow((f"row {n}", n / 7) for n in range(20_000))
