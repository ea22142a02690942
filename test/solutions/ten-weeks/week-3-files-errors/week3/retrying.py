"""Week 3: a retry decorator with exponential backoff."""
import functools
import time


def retry(attempts=3, delay=1.0, exceptions=(Exception,), sleep=None):
    """Retry the decorated function, waiting delay, 2*delay, 4*delay ... between tries."""
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            wait = sleep or time.sleep
            pause = delay
            for attempt in range(1, attempts + 1):
                try:
                    return func(*args, **kwargs)
                except exceptions:
                    if attempt == attempts:
                        raise
                wait(pause)
                pause *= 2
        return wrapper
    return decorator
