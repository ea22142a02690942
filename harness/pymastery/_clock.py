"""A fake clock for checks of code that waits, retries or limits a rate.

`fake_clock(module)` replaces, in the learner's module only, the `time` module it imported
(`import time`, `import time as t`) and the clock functions it imported by name
(`from time import sleep, monotonic`) with a clock that stands still until the code sleeps:
`sleep(s)` returns at once, moves the clock on by `s` and is recorded. Nothing else in the
interpreter sees the fake clock, so the harness's own time limit keeps working.
"""
from __future__ import annotations

from ._failures import CheckError
from ._session import active_check, real_time, time_module

TYPE_CHECKING = False
if TYPE_CHECKING:
    from types import ModuleType
    from typing import List, Tuple

_module_type = type(__import__("sys"))
_CLOCK_NAMES = ("time", "time_ns", "monotonic", "monotonic_ns", "perf_counter",
                "perf_counter_ns", "sleep")


class FakeClock:
    """A clock that moves only when the code sleeps or the check calls `advance`.

    `now` is the current time in seconds (what `time.time()`, `time.monotonic()` and
    `time.perf_counter()` return); `sleeps` lists every sleep's seconds, in order.
    """

    def __init__(self, start: float = 1_700_000_000.0) -> None:
        #: The current time, in seconds.
        self.now = float(start)
        #: Where the clock started.
        self.start = self.now
        #: The seconds of each sleep, in order.
        self.sleeps: List[float] = []
        self._patches: List[Tuple[object, str, object]] = []

    # -- the clock -------------------------------------------------------------------------

    def time(self) -> float:
        return self.now

    def monotonic(self) -> float:
        return self.now

    def perf_counter(self) -> float:
        return self.now

    def time_ns(self) -> int:
        return int(self.now * 1_000_000_000)

    def monotonic_ns(self) -> int:
        return self.time_ns()

    def perf_counter_ns(self) -> int:
        return self.time_ns()

    def sleep(self, seconds: float) -> None:
        """Returns at once, recording the sleep and moving the clock on."""
        seconds = float(seconds)
        if seconds < 0:
            raise ValueError("sleep length must be non-negative")
        self.sleeps.append(seconds)
        self.now += seconds

    def advance(self, seconds: float) -> None:
        """Moves the clock on without a sleep (time passing between two calls, say)."""
        self.now += float(seconds)

    @property
    def elapsed(self) -> float:
        """Seconds since the clock started."""
        return self.now - self.start

    @property
    def slept(self) -> float:
        """The seconds of all sleeps added up."""
        return sum(self.sleeps)

    def __repr__(self) -> str:
        return "FakeClock(elapsed=%g, sleeps=%r)" % (self.elapsed, self.sleeps)

    # -- patching ------------------------------------------------------------------------------

    def _fake_time_module(self, real: ModuleType) -> ModuleType:
        fake = _module_type("time")
        fake.__dict__.update({k: v for k, v in vars(real).items() if not k.startswith("__")})
        for name in _CLOCK_NAMES:
            setattr(fake, name, getattr(self, name))
        fake.__doc__ = "The time module, with a fake clock for this check."
        return fake

    def patch(self, module: object) -> None:
        """Points `module`'s time module and clock functions at this clock."""
        real_module = time_module
        functions = {id(real_time[name]): name for name in _CLOCK_NAMES}
        namespace = getattr(module, "__dict__", None)
        if not isinstance(namespace, dict):
            raise CheckError("fake_clock() takes the learner's modules (from learner_module()), "
                             "not %s" % type(module).__name__)
        fake_module = None
        for key, value in list(namespace.items()):
            if value is real_module:
                if fake_module is None:
                    fake_module = self._fake_time_module(real_module)
                replacement: object = fake_module
            elif callable(value) and id(value) in functions:
                replacement = getattr(self, functions[id(value)])
            else:
                continue
            self._patches.append((module, key, value))
            setattr(module, key, replacement)

    def restore(self) -> None:
        """Puts back what `patch` replaced (called for you when the block or check ends)."""
        while self._patches:
            module, key, value = self._patches.pop()
            try:
                setattr(module, key, value)
            except BaseException:
                pass

    def __enter__(self) -> FakeClock:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.restore()


def fake_clock(*modules: object, start: float = 1_700_000_000.0) -> FakeClock:
    """A `FakeClock` put in place of the time functions in each of the learner's `modules`.

    Use it in a `with` block or keep it for the rest of the check: it is undone when the check
    ends in any case. With no module, the clock is only made (to pass to code that takes a
    clock or a sleep function).
    """
    check = active_check()
    clock = FakeClock(start)
    check.cleanups.append(clock.restore)
    for module in modules:
        clock.patch(module)
    return clock
