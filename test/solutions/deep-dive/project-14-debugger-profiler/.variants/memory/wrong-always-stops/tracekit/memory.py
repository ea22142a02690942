"""Milestone 4: where memory was allocated, with tracemalloc."""
import os
import tracemalloc
from typing import Any, List, NamedTuple, Tuple


class MemoryReport(NamedTuple):
    """What top_allocations() found."""

    result: Any
    #: the most memory traced at any moment during the call, in bytes
    peak: int
    #: (file name, line number, bytes still allocated), largest first
    top: List[Tuple[str, int, int]]


def top_allocations(func, *args, limit: int = 3, **kwargs) -> MemoryReport:
    """Call func(*args, **kwargs) and report its peak memory and the lines holding the most."""
    was_tracing = tracemalloc.is_tracing()
    if not was_tracing:
        tracemalloc.start()
    try:
        tracemalloc.clear_traces()
        result = func(*args, **kwargs)
        peak = tracemalloc.get_traced_memory()[1]
        snapshot = tracemalloc.take_snapshot()
    finally:
        tracemalloc.stop()
    snapshot = snapshot.filter_traces([tracemalloc.Filter(False, tracemalloc.__file__)])
    top = [(os.path.basename(stat.traceback[0].filename), stat.traceback[0].lineno, stat.size)
           for stat in snapshot.statistics("lineno")[:limit]]
    return MemoryReport(result, peak, top)
