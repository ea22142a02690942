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
    cache = {}

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        key = (args, frozenset(kwargs.items()))
        try:
            return cache[key]
        except KeyError:
            pass
        except TypeError:
            return func(*args, **kwargs)
        result = cache[key] = func(*args, **kwargs)
        return result

    wrapper.cache_clear = cache.clear
    return wrapper
