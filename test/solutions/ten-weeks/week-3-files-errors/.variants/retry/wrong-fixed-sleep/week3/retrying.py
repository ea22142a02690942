import functools
import time


def retry(attempts=3, delay=1.0, exceptions=(Exception,), sleep=None):
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            wait = sleep or time.sleep
            for attempt in range(1, attempts + 1):
                try:
                    return func(*args, **kwargs)
                except exceptions:
                    if attempt == attempts:
                        raise
                wait(delay)
        return wrapper
    return decorator
