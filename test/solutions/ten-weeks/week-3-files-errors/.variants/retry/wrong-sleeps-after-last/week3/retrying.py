import functools
import time


def retry(attempts=3, delay=1.0, exceptions=(Exception,), sleep=None):
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            wait = sleep or time.sleep
            error = None
            for attempt in range(attempts):
                try:
                    return func(*args, **kwargs)
                except exceptions as caught:
                    error = caught
                wait(delay * 2 ** attempt)
            raise error
        return wrapper
    return decorator
