import functools
import time


def retry(attempts=3, delay=1.0, exceptions=(Exception,), sleep=None):
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            tries_left = attempts
            pause = delay
            while True:
                tries_left -= 1
                try:
                    return func(*args, **kwargs)
                except exceptions:
                    if tries_left <= 0:
                        raise
                (sleep if sleep is not None else time.sleep)(pause)
                pause += pause
        return wrapper
    return decorator
