"""A clock the check controls: time.sleep returns at once and moves the clock forward.

`FakeClock().installed(module, ...)` replaces time.time, time.monotonic, time.perf_counter (and
their _ns forms) and time.sleep, plus any name in the given learner modules that is bound to one
of the real functions (`from time import sleep`). Everything is put back when the block ends.
"""
from __future__ import annotations

import contextlib
import time

_NAMES = ("time", "monotonic", "perf_counter", "sleep", "time_ns", "monotonic_ns", "perf_counter_ns")


class FakeClock:
    """Seconds as a float, starting at `start`; `sleeps` records every time.sleep argument."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = float(start)
        self.sleeps: list = []

    def time(self) -> float:
        return self.now

    def time_ns(self) -> int:
        return int(self.now * 1_000_000_000)

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        if seconds > 0:
            self.now += seconds

    def advance(self, seconds: float) -> None:
        self.now += seconds

    def _fake(self, name: str):
        return {"time": self.time, "monotonic": self.time, "perf_counter": self.time,
                "sleep": self.sleep, "time_ns": self.time_ns, "monotonic_ns": self.time_ns,
                "perf_counter_ns": self.time_ns}[name]

    @contextlib.contextmanager
    def installed(self, *modules):
        real = {name: getattr(time, name) for name in _NAMES}
        by_identity = {id(function): name for name, function in real.items()}
        patched = []
        try:
            for name in _NAMES:
                setattr(time, name, self._fake(name))
            for module in modules:
                namespace = vars(module)
                for key, value in list(namespace.items()):
                    name = by_identity.get(id(value))
                    if name is not None and value is real[name]:
                        patched.append((namespace, key, value))
                        namespace[key] = self._fake(name)
            yield self
        finally:
            for name, function in real.items():
                setattr(time, name, function)
            for namespace, key, value in patched:
                namespace[key] = value
