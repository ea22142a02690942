import sys
import time
from collections import defaultdict
from dataclasses import dataclass


@dataclass
class FunctionStats:
    calls: int = 0
    total: float = 0.0
    own: float = 0.0


class Profiler:
    def __init__(self, clock=time.perf_counter) -> None:
        self.clock = clock
        self.stats = {}

    def run(self, func, *args, **kwargs):
        started = {}
        inner = defaultdict(float)

        def hook(frame, event, arg):
            if event == "call":
                started[frame] = self.clock()
            elif event == "return" and frame in started:
                elapsed = self.clock() - started.pop(frame)
                stats = self.stats.setdefault(frame.f_code.co_name, FunctionStats())
                stats.calls += 1
                stats.total += elapsed
                stats.own += elapsed - inner.pop(frame, 0.0)
                if frame.f_back in started:
                    inner[frame.f_back] += elapsed

        saved = sys.getprofile()
        sys.setprofile(hook)
        try:
            return func(*args, **kwargs)
        finally:
            sys.setprofile(saved)

    def hotspots(self, n=None):
        ranked = sorted(self.stats.items(), key=lambda pair: (-pair[1].own, pair[0]))
        return ranked[:n] if n is not None else ranked
