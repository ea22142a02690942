"""Checks for the `timer-memoize` milestone. Time comes from a fake clock the check moves."""

from pymastery import call, capture, expect, expect_equal, expect_in, fail, fake_clock, learner_module


CODE = "week1/day4/decorators.py"


def _wrapped_keeps_identity(decorated, original, name):
    expect_equal(getattr(decorated, "__name__", None), original.__name__,
                 hint="Decorate the inner wrapper with @functools.wraps(func) so it keeps the "
                      "function's name, docstring and __wrapped__.", at=name)
    expect_equal(getattr(decorated, "__doc__", None), original.__doc__,
                 hint="functools.wraps copies the docstring too.", at=name)
    expect(getattr(decorated, "__wrapped__", None) is original,
           "The wrapper has no __wrapped__ pointing at the original function.",
           hint="functools.wraps sets __wrapped__ for you.", at=name)


def check_timer_keeps_identity():
    """@timer keeps the function's name, docstring and __wrapped__"""
    tool = learner_module(CODE)

    def load_rows(count):
        """Pretend to load rows."""
        return list(range(count))

    timed = call(tool.timer, load_rows).value
    _wrapped_keeps_identity(timed, load_rows, "timer")
    expect_equal(call(timed, 3).value, [0, 1, 2], hint="Return what the function returned.",
                 at="timer")


def check_timer_measures_wall_clock():
    """@timer keeps and prints the seconds each call took"""
    tool = learner_module(CODE)
    clock = fake_clock(tool)

    def crunch():
        clock.advance(2.5)
        return "done"

    with clock:
        timed = call(tool.timer, crunch).value
        expect(getattr(timed, "last_elapsed", "missing") is None,
               "Before the first call, last_elapsed should be None.",
               hint="Set wrapper.last_elapsed = None right after defining the wrapper.", at="timer")
        result = call(timed)
    expect_equal(result.value, "done", at="timer")
    elapsed = getattr(timed, "last_elapsed", None)
    expect(isinstance(elapsed, (int, float)) and abs(elapsed - 2.5) < 1e-6,
           "The call took 2.5 seconds of wall-clock time, but last_elapsed is %r." % (elapsed,),
           hint="Read time.perf_counter() before and after the call and subtract. "
                "time.process_time() counts CPU time only, which misses waiting.", at="timer")
    expect_in("crunch", result.stdout, hint="Print the function's name in the timing line.", at="timer")
    expect_in("2.5", result.stdout, hint="Print the seconds, e.g. f\"{elapsed:.3f}s\".", at="timer")


def check_timer_on_exceptions():
    """@timer lets an exception through and still records the time"""
    tool = learner_module(CODE)
    clock = fake_clock(tool)

    def explode():
        clock.advance(1.0)
        raise KeyError("boom")

    with clock:
        timed = call(tool.timer, explode).value
        outcome = capture(timed)
    expect(isinstance(outcome.exception, KeyError),
           "@timer changed or swallowed the KeyError the function raised (got %r)." % (outcome.exception,),
           hint="Do not catch the exception; measure in a try/finally so the time is kept and "
                "the exception goes on.", at="timer")
    elapsed = getattr(timed, "last_elapsed", None)
    expect(isinstance(elapsed, (int, float)) and abs(elapsed - 1.0) < 1e-6,
           "After a call that raised, last_elapsed is %r instead of 1.0." % (elapsed,),
           hint="A finally block runs whether the call returned or raised.", at="timer")


def check_memoize_caches():
    """@memoize calls the function once per distinct arguments"""
    tool = learner_module(CODE)
    seen = []

    def square(n):
        """Square a number, noting the call."""
        seen.append(n)
        return n * n

    cached = call(tool.memoize, square).value
    _wrapped_keeps_identity(cached, square, "memoize")
    results = [call(cached, n).value for n in (3, 3, 4, 3, 4)]
    expect_equal(results, [9, 9, 16, 9, 16], at="memoize")
    expect_equal(seen, [3, 4], hint="Look the arguments up in a dict before calling; only call "
                                    "the function on a miss, then store the result.", at="memoize")


def check_memoize_keyword_arguments():
    """keyword arguments are part of the cache key"""
    tool = learner_module(CODE)
    seen = []

    def power(base, exponent=2):
        seen.append((base, exponent))
        return base ** exponent

    cached = call(tool.memoize, power).value
    expect_equal([call(cached, 2, exponent=3).value, call(cached, 2, exponent=5).value,
                  call(cached, 2, exponent=3).value], [8, 32, 8],
                 hint="Build the key from args and the keyword arguments, e.g. "
                      "(args, tuple(sorted(kwargs.items()))).", at="memoize")
    expect_equal(len(seen), 2, hint="The third call repeats the first and must come from the cache.",
                 at="memoize")


def check_memoize_remembers_none():
    """a result of None is cached too"""
    tool = learner_module(CODE)
    seen = []

    def lookup(key):
        seen.append(key)
        return None

    cached = call(tool.memoize, lookup).value
    call(cached, "missing")
    call(cached, "missing")
    expect_equal(seen, ["missing"],
                 hint="Test whether the key is in the cache (key in cache), not whether the "
                      "stored value is truthy: None and 0 are results too.", at="memoize")


def check_memoize_unhashable_and_clear():
    """unhashable arguments still work, and cache_clear empties the cache"""
    tool = learner_module(CODE)
    seen = []

    def total(items):
        seen.append(1)
        return sum(items)

    cached = call(tool.memoize, total).value
    outcome = capture(cached, [1, 2, 3])
    if outcome.exception is not None:
        fail("Calling a memoized function with a list raised %s: %s" % (
            type(outcome.exception).__name__, outcome.exception),
            hint="A list cannot be a dict key. Catch the TypeError from the lookup and just "
                 "call the function.", at="memoize")
    expect_equal(outcome.value, 6, at="memoize")
    call(cached, (1, 2))
    call(cached, (1, 2))
    clear = getattr(cached, "cache_clear", None)
    expect(callable(clear), "The memoized function has no cache_clear().",
           hint="Attach a function to the wrapper: wrapper.cache_clear = cache.clear.", at="memoize")
    call(clear)
    call(cached, (1, 2))
    expect_equal(len(seen), 3, hint="After cache_clear() the next call must run the function again.",
                 at="memoize")


def check_memoize_recursion():
    """recursive calls go through the cache"""
    tool = learner_module(CODE)
    calls = []

    def fib(n):
        calls.append(n)
        return n if n < 2 else fib(n - 1) + fib(n - 2)

    fib = call(tool.memoize, fib).value
    expect_equal(call(fib, 60).value, 1548008755920,
                 hint="The recursive calls inside fib use the name fib, which now means the "
                      "memoized wrapper.", at="memoize")
    expect_equal(len(calls), 61, hint="Each n from 0 to 60 should be computed exactly once.",
                 at="memoize")
