"""Probes of how learner code grows with its input: run time (complexity) and peak memory.

Run time is measured as CPU time of the process (so other programs on a busy machine don't
count; the wall clock where CPU time is coarse, as on Windows), with the garbage collector
paused, on a fresh input for every call. The probe first grows the input size until one call
takes at least `min_time` (2 ms), in big steps while far from it and small ones near it; then it
times calls at that size n and at factor·n (4n) in alternation, round after round, and keeps the
fastest time of each size: noise only ever adds time, so the minimum is the best estimate. The
ratio of the two gives the growth exponent (ratio = factor ** exponent): about 1 for linear and
n log n code (up to 1.3 where the input outgrows the processor's caches), about 2 for quadratic
code. The verdict compares the exponent with the midpoint between the classes (1.5 between
n log n and quadratic). Measuring stops after two rounds when the exponent is far from the
midpoint, after three when it is clearly on one side, else after seven; a result that still lands
near the midpoint is measured again at twice the size, and the two results are averaged.

Peak memory is measured with tracemalloc (its C module), at n and at factor·n.
"""
from __future__ import annotations

import math

from ._failures import CheckError, CheckFailed, CheckSkipped
from ._learner import _learner_failure, describe_call
from ._session import (
    active_check,
    active_session,
    gc_disable,
    gc_enable,
    gc_isenabled,
    real_time,
)

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Callable, List, Optional

#: Largest growth exponent each limit allows: the midpoint between it and the next class.
LIMITS = {"linear": 1.5, "n log n": 1.5, "quadratic": 2.5}
#: Growth classes by exponent, for messages.
CLASSES = ((1.5, "a linear or n log n"), (2.5, "a quadratic"), (float("inf"), "a cubic (or worse)"))
#: How close to the limit (in exponent) a measurement must land to be measured again.
UNSURE = 0.2
#: Stop measuring after two rounds when the exponent is VERY_CLEAR from the limit, after
#: EARLY_ROUNDS rounds when it is CLEAR from it; otherwise take all the rounds.
VERY_CLEAR = 0.35
EARLY_ROUNDS = 3
CLEAR = 0.25


def _pick_timer() -> Callable[[], float]:
    """CPU time of the process when the system measures it finely (not on Windows, where it
    moves in steps of about 16 ms), else the wall clock."""
    from ._session import time_module

    try:
        if time_module.get_clock_info("process_time").resolution <= 1e-6:
            return real_time["process_time"]
    except Exception:
        pass
    return real_time["perf_counter"]


_timer = _pick_timer()


class Growth:
    """How the run time of a function grew: `sizes` (n, factor·n), `times` (fastest seconds at
    each), `ratio` (how many times slower at the larger size) and `exponent`
    (ratio = factor ** exponent)."""

    def __init__(self, sizes: tuple, times: tuple, rounds: int) -> None:
        self.sizes = sizes
        self.times = times
        self.rounds = rounds
        self.factor = sizes[1] / sizes[0]
        self.ratio = times[1] / times[0] if times[0] > 0 else float("inf")
        self.exponent = (math.log(self.ratio) / math.log(self.factor)
                         if 0 < self.ratio < float("inf") else float("inf"))

    def __repr__(self) -> str:
        return "Growth(sizes=%r, ratio=%.2f, exponent=%.2f)" % (self.sizes, self.ratio,
                                                                self.exponent)


class _Probe:
    """Calls a learner function the way the probes need: fresh input, captured, timed."""

    def __init__(self, fn: Callable, make_input: Callable[[int], Any]) -> None:
        if not callable(fn) or not callable(make_input):
            raise CheckError("a probe takes the function to measure and a function "
                             "make_input(n) that builds an input of size n")
        self.session = active_session()
        self.check = active_check()
        self.fn = fn
        self.make_input = make_input
        if self.session.workspace.defines(fn):
            from ._callsites import note_learner_call

            note_learner_call(self.check, fn)

    def build(self, n: int) -> Any:
        return self.make_input(n)

    def run(self, data: Any, timed: bool) -> float:
        """Calls fn(data); returns the seconds it took (CPU time) if `timed`."""
        gc_was_enabled = gc_isenabled()
        if timed:
            gc_disable()
        started = _timer()
        try:
            self.fn(data)
        except (CheckFailed, CheckSkipped, CheckError):
            raise
        except BaseException as error:
            raise _learner_failure(self.session, error, describe_call(
                self.fn, ("<an input of the probe's>",), {}), None,
                (self.fn, (data,), {})) from None
        finally:
            took = _timer() - started
            if timed and gc_was_enabled:
                gc_enable()
        return took

    def time(self, n: int) -> float:
        data = self.build(n)
        took = self.run(data, True)
        del data
        return took


def _grow(probe: _Probe, factor: int, repeats: int, min_time: float, start_size: int,
          max_size: int, clear_limit: Optional[float]) -> Growth:
    n = max(1, int(start_size))
    probe.run(probe.build(n), False)  # a first call, outside any timing
    small_times: List[float] = []
    while n * factor <= max_size:
        took = probe.time(n)
        if took >= min_time:
            small_times = [took, probe.time(n)]  # a second timing, in case the first was slow
            if min(small_times) >= min_time:
                break  # both count towards the fastest time at n
            took = min(small_times)
        # big steps while far from min_time, small ones near it, so that the time at n ends
        # up below 1.5 × min_time even for quadratic code
        if took < min_time / 16:
            n *= 4
        elif took < min_time / 4:
            n *= 2
        elif took < min_time / 2:
            n = n * 3 // 2 + 1
        else:
            n = n * 6 // 5 + 1
    else:
        n = max(1, max_size // factor)
        small_times = []
    big = n * factor
    big_times: List[float] = []
    for round_number in range(1, max(2, repeats) + 1):
        small_times.append(probe.time(n))
        big_times.append(probe.time(big))
        if clear_limit is not None and round_number >= 2:
            growth = Growth((n, big), (min(small_times), min(big_times)), round_number)
            distance = abs(growth.exponent - clear_limit)
            if distance >= VERY_CLEAR or (round_number >= EARLY_ROUNDS and distance >= CLEAR):
                return growth
    return Growth((n, big), (min(small_times), min(big_times)), len(big_times))


def measure_growth(fn: Callable, make_input: Callable[[int], Any], *, factor: int = 4,
                   repeats: int = 7, min_time: float = 0.002, start_size: int = 16,
                   max_size: int = 10_000_000) -> Growth:
    """How much slower `fn(make_input(n))` gets when n grows `factor` times (see `Growth`).

    The size n is found by growing `start_size` by half at a time until one call takes
    `min_time` seconds (of CPU time, where the system measures it finely);
    `repeats` rounds then time n and factor·n, and the fastest of each is kept.
    """
    probe = _Probe(fn, make_input)
    return _grow(probe, int(factor), repeats, min_time, start_size, max_size, None)


def _class_of(exponent: float) -> str:
    for bound, name in CLASSES:
        if exponent < bound:
            return name
    return CLASSES[-1][1]


def _name(fn: Callable, at: object) -> str:
    """What to call the measured code in a message: its name, or the `at=` function's."""
    for candidate in (fn, at):
        if isinstance(candidate, str):
            return candidate
        name = getattr(candidate, "__name__", None)
        if isinstance(name, str) and name.isidentifier():
            return name
    return "the code"


def _count(number: int) -> str:
    return format(number, ",")


def expect_complexity(fn: Callable, make_input: Callable[[int], Any], at_most: str = "linear",
                      *, hint: Optional[str] = None, message: Optional[str] = None,
                      at: object = None, factor: int = 4, min_time: float = 0.002,
                      start_size: int = 16, max_size: int = 10_000_000) -> Growth:
    """Passes when `fn(make_input(n))` grows no faster than `at_most` allows: "linear" or
    "n log n" (both fail quadratic code; the two can't be told apart by timing) or
    "quadratic" (fails cubic code). Returns the `Growth` measured."""
    limit = LIMITS.get(at_most)
    if limit is None:
        raise CheckError("expect_complexity(at_most=...) is one of %s, not %r"
                         % (", ".join(repr(k) for k in LIMITS), at_most))
    probe = _Probe(fn, make_input)
    factor = int(factor)
    growth = _grow(probe, factor, 7, min_time, start_size, max_size, limit)
    exponent = growth.exponent
    if abs(exponent - limit) < UNSURE and growth.sizes[1] * 2 <= max_size:
        # too close to call: measure again at twice the size, and decide by both measurements
        growth = _grow(probe, factor, 7, min_time * 2, growth.sizes[0] * 2, max_size, None)
        exponent = (exponent + growth.exponent) / 2
    if exponent <= limit:
        return growth
    allowed = factor ** limit
    ratio = factor ** exponent  # the measured ratio (averaged, when measured twice)
    name = _name(fn, at)
    usual = factor ** 1 if limit < 2 else factor ** 2
    fail_message = message or (
        "%s got %.1f× slower when its input grew %d× (from size %s to %s). %s algorithm "
        "gets about %d× slower; %.0f× is how %s one grows."
        % (name, ratio, factor, _count(growth.sizes[0]), _count(growth.sizes[1]),
           "A linear or n log n" if limit < 2 else "A quadratic", usual, ratio,
           _class_of(exponent)))
    from ._expect import fail

    fail(fail_message, hint=hint, expected="at most about %.0f× slower (%s)" % (allowed, at_most),
         actual="%.1f× slower" % ratio, at=at if at is not None else fn)
    return growth  # not reached


# -- memory ------------------------------------------------------------------------------------

def _tracemalloc() -> Any:
    try:
        import _tracemalloc as module  # the C module: no `fnmatch`, `pickle` or `re` to import
    except ImportError:  # pragma: no cover - every CPython has it
        from ._stdlib import import_stdlib

        module = import_stdlib("tracemalloc")
    return module


def peak_memory(fn: Callable, data: Any, *, consume: bool = True) -> int:
    """The peak memory, in bytes, that `fn(data)` allocated while it ran (tracemalloc).

    If it returns an iterator (a generator, say) and `consume` is true, the iterator is run to
    its end, one item at a time, inside the measurement.
    """
    tracing = _tracemalloc()
    probe = _Probe(fn, lambda n: data)
    if tracing.is_tracing():
        raise CheckError("peak_memory() can't measure while something else is already tracing "
                         "memory with tracemalloc")
    tracing.start()
    try:
        try:
            result = probe.fn(data)
            if consume and hasattr(result, "__next__"):
                for _ in result:
                    pass
            del result
        except (CheckFailed, CheckSkipped, CheckError):
            raise
        except BaseException as error:
            raise _learner_failure(probe.session, error, describe_call(
                fn, ("<an input of the probe's>",), {}), None, (fn, (data,), {})) from None
        return int(tracing.get_traced_memory()[1])
    finally:
        tracing.stop()


def _size(number: float) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if number < 1024 or unit == "GB":
            return ("%d %s" % (number, unit)) if unit == "bytes" else "%.1f %s" % (number, unit)
        number /= 1024.0
    return "%d bytes" % number


def expect_flat_memory(fn: Callable, make_input: Callable[[int], Any], *, size: int = 10_000,
                       factor: int = 10, hint: Optional[str] = None,
                       message: Optional[str] = None, at: object = None,
                       slack: int = 64 * 1024) -> tuple:
    """Passes when `fn(make_input(size * factor))` needs about as much peak memory as
    `fn(make_input(size))`: code that streams its input one piece at a time.

    The input is built before the measurement starts; an iterator returned by `fn` is run to
    its end. It fails when the larger input needs more than sqrt(factor) times the memory of
    the smaller one (3.2× for the default 10×) and at least `slack` bytes more. Returns the two
    peaks in bytes.
    """
    small_data = make_input(size)
    small = peak_memory(fn, small_data)
    del small_data
    big_data = make_input(size * factor)
    big = peak_memory(fn, big_data)
    del big_data
    allowed = math.sqrt(factor)
    if big <= max(small * allowed, small + slack):
        return small, big
    name = _name(fn, at)
    ratio = big / small if small else float("inf")
    fail_message = message or (
        "%s needed %.1f× more memory when its input grew %d× (%s at size %s, %s at size %s): "
        "it keeps the whole input, or everything it made from it, in memory at once"
        % (name, ratio, factor, _size(small), _count(size), _size(big), _count(size * factor)))
    from ._expect import fail

    fail(fail_message, hint=hint, expected="about the same memory at both sizes",
         actual="%.1f× more memory" % ratio, at=at if at is not None else fn)
    return small, big  # not reached
