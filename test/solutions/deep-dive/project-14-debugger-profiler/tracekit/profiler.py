"""Milestone 3: time spent in each function, with and without the functions it calls."""
import sys
import time
from dataclasses import dataclass


@dataclass
class FunctionStats:
    """The totals of one function."""

    calls: int = 0
    #: time from call to return, callees included
    total: float = 0.0
    #: time spent in the function's own lines, callees left out
    own: float = 0.0


class Profiler:
    """A deterministic profiler in the manner of cProfile, keyed by function name."""

    def __init__(self, clock=time.perf_counter) -> None:
        self.clock = clock
        #: function name -> FunctionStats
        self.stats: dict = {}
        self._stack: list = []

    def _profile(self, frame, event, arg):
        if event == "call":
            self._stack.append([frame, self.clock(), 0.0])
        elif event == "return" and self._stack and self._stack[-1][0] is frame:
            _, started, in_callees = self._stack.pop()
            elapsed = self.clock() - started
            stats = self.stats.setdefault(frame.f_code.co_name, FunctionStats())
            stats.calls += 1
            stats.total += elapsed
            stats.own += elapsed - in_callees
            if self._stack:
                self._stack[-1][2] += elapsed

    def run(self, func, *args, **kwargs):
        """Call func(*args, **kwargs) while profiling, and return what it returned."""
        previous = sys.getprofile()
        sys.setprofile(self._profile)
        try:
            return func(*args, **kwargs)
        finally:
            sys.setprofile(previous)
            self._stack.clear()

    def hotspots(self, n=None) -> list:
        """(name, stats) pairs, most own time first (ties by name), at most n of them."""
        ranked = sorted(self.stats.items(), key=lambda item: (-item[1].own, item[0]))
        return ranked if n is None else ranked[:n]
