import math
from dataclasses import dataclass


@dataclass
class Running:
    count: int = 0
    mean: float = 0.0
    min: float = math.inf
    max: float = -math.inf

    def add(self, value):
        self.count += 1
        self.mean += (value - self.mean) / self.count   # the incremental mean
        self.min = min(self.min, value)
        self.max = max(self.max, value)


def summarize_readings(readings):
    running = {}
    for sensor, value in readings:
        if value is not None:
            running.setdefault(sensor, Running()).add(value)
    return {s: {"count": r.count, "mean": r.mean, "min": r.min, "max": r.max} for s, r in running.items()}
