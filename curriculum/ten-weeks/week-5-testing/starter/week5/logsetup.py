"""Logging to a file that rotates: when it reaches max_bytes it is renamed and a new one begins."""
import logging
import logging.handlers
import os

FORMAT = "%(levelname)s %(name)s: %(message)s"


def make_logger(name, folder, max_bytes=10_000, backups=3):
    """Return the logger ``name``, writing INFO and above to ``folder``/app.log.

    Use a RotatingFileHandler (maxBytes=max_bytes, backupCount=backups) with FORMAT. Calling
    make_logger twice for the same name must not add a second handler.
    """
    # TODO
    raise NotImplementedError("make_logger is not written yet")


def log_calls(logger):
    """A decorator: log each call of the function at INFO as ``name(args) -> result``, and a
    call that raises with logger.exception before the exception goes on to the caller."""
    # TODO
    raise NotImplementedError("log_calls is not written yet")
