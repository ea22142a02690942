import functools


def memoize(func):
    cache = {}

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            if args not in cache:
                cache[args] = func(*args, **kwargs)
            return cache[args]
        except TypeError:
            return func(*args, **kwargs)

    wrapper.cache_clear = cache.clear
    return wrapper
