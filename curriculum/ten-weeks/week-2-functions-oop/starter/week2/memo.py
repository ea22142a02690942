"""Week 2: memoisation, written by hand."""
import functools


def memoize(func):
    """Decorate ``func`` so that each distinct call is worked out only once.

    - The cache key is made of the positional arguments and the keyword arguments
      (``f(1, b=2)`` and ``f(1, b=3)`` are different calls; keyword order does not matter).
    - A call with an unhashable argument (a list, say) is passed straight to ``func``,
      uncached, instead of failing.
    - ``wrapper.cache_clear()`` empties the cache.
    """
    # TODO
    raise NotImplementedError("memoize is not written yet")
