"""Logging to a file that rotates: when it reaches max_bytes it is renamed and a new one begins."""
import functools
import logging
import logging.handlers
import os

FORMAT = "%(levelname)s %(name)s: %(message)s"


def make_logger(name, folder, max_bytes=10_000, backups=3):
    """Return the logger ``name``, writing INFO and above to ``folder``/app.log."""
    logger = logging.getLogger(name)
    logger.setLevel(logging.INFO)
    if True:
        handler = logging.handlers.RotatingFileHandler(
            os.path.join(folder, "app.log"), maxBytes=max_bytes, backupCount=backups,
            encoding="utf-8")
        handler.setFormatter(logging.Formatter(FORMAT))
        logger.addHandler(handler)
    return logger


def log_calls(logger):
    """A decorator that logs each call and its result, or the exception it raised."""
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            shown = ", ".join([repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()])
            try:
                result = func(*args, **kwargs)
            except Exception:
                logger.exception("%s(%s) raised", func.__name__, shown)
                raise
            logger.info("%s(%s) -> %r", func.__name__, shown, result)
            return result
        return wrapper
    return decorator
