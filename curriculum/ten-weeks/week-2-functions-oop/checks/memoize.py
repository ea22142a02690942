"""Checks for the `memoization` milestone (week2/memo.py)."""
from pymastery import call, capture, expect, expect_equal, learner_module


def _counting(func):
    calls = []

    def inner(*args, **kwargs):
        calls.append((args, kwargs))
        return func(*args, **kwargs)

    inner.__name__ = func.__name__
    return inner, calls


def check_returns_results():
    """a memoised function still returns the right results"""
    module = learner_module()
    square, calls = _counting(lambda x: x * x)
    fast = call(module.memoize, square).value
    expect_equal([call(fast, n).value for n in (3, 4, 3)], [9, 16, 9])


def check_works_each_call_out_once():
    """each distinct call reaches the function only once"""
    module = learner_module()
    square, calls = _counting(lambda x: x * x)
    fast = call(module.memoize, square).value
    for n in (2, 3, 2, 2, 3, 4):
        call(fast, n)
    expect_equal(len(calls), 3,
                 hint="Keep a dict from arguments to results; look the arguments up before calling "
                      "the function.")


def check_recursion_becomes_linear():
    """memoised recursive Fibonacci makes one call per number"""
    module = learner_module()
    seen = []

    def fib(n):
        seen.append(n)
        if len(seen) > 1000:
            raise RecursionError("fib was called more than 1,000 times for fib(90): the cache misses")
        return n if n < 2 else fib_fast(n - 1) + fib_fast(n - 2)

    fib_fast = call(module.memoize, fib).value
    result = capture(fib_fast, 90)
    expect(len(seen) <= 1000, "fib(90) reached the original function more than 1,000 times, so "
           "the check stopped it", hint="Store each result in the cache and look there before "
           "calling the function.")
    expect_equal(result.value, 2880067194370816120)
    expect_equal(len(seen), 91,
                 hint="fibonacci(90) needs the values for 0 to 90, each worked out once: 91 calls. "
                      "More means the cache misses; far fewer is impossible.")


def check_keyword_arguments():
    """keyword arguments are part of the key"""
    module = learner_module()
    power, calls = _counting(lambda base, exp=2: base ** exp)
    fast = call(module.memoize, power).value
    expect_equal(call(fast, 3, exp=3).value, 27)
    expect_equal(call(fast, 3, exp=2).value, 9,
                 hint="f(3, exp=3) and f(3, exp=2) are different calls: put the keyword arguments "
                      "in the key too, e.g. as frozenset(kwargs.items()).")
    call(fast, 3, exp=3)
    expect_equal(len(calls), 2, hint="A repeated call with the same keywords comes from the cache.")


def check_unhashable_arguments():
    """a call with a list argument still works, uncached"""
    module = learner_module()
    total, calls = _counting(lambda items: sum(items))
    fast = call(module.memoize, total).value
    expect_equal(call(fast, [1, 2, 3]).value, 6,
                 hint="A list cannot be a dict key: catch the TypeError of the lookup and call "
                      "the function directly.")
    expect_equal(call(fast, [1, 2, 3]).value, 6)


def check_cache_clear_and_name():
    """cache_clear empties the cache; the name is kept"""
    module = learner_module()
    square, calls = _counting(lambda x: x * x)
    fast = call(module.memoize, square).value
    call(fast, 5)
    expect(callable(getattr(fast, "cache_clear", None)), "the wrapper has no cache_clear()",
           hint="Attach a function to the wrapper: wrapper.cache_clear = cache.clear.")
    call(fast.cache_clear)
    call(fast, 5)
    expect_equal(len(calls), 2, hint="After cache_clear the next call works the value out again.")
    expect_equal(fast.__name__, "<lambda>", hint="Use @functools.wraps(func) on the wrapper.")
