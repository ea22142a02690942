import functools

_calls = {"n": 0}


def counted(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        _calls["n"] += 1
        wrapper.calls = _calls["n"]
        return func(*args, **kwargs)

    wrapper.calls = 0
    return wrapper


def clamp(low, high):
    if low > high:
        raise ValueError("low is above high")

    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            return min(max(func(*args, **kwargs), low), high)
        return wrapper

    return decorator
