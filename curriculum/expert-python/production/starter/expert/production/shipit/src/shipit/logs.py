"""Structured logs for shipit: one JSON object per line, which log collectors can search."""
import json
import logging


class JsonFormatter(logging.Formatter):
    """Formats a log record as one line of JSON.

    Keys: "time" (when it was logged), "level" (INFO, ERROR, ...), "logger" (its name),
    "message" (with its %-arguments filled in), every field passed with extra={...}, and,
    when the record carries an exception, "exception" (the formatted traceback). Values that
    JSON cannot hold (a datetime, a Path) are written as their str().
    """

    def format(self, record):
        # TODO
        return record.getMessage()


def configure_logging(level="INFO", stream=None):
    """Send the "shipit" logger's records at `level` and above to `stream` (sys.stderr when
    None) as JSON lines, and not on to the root logger. Calling it again replaces the handler
    instead of adding a second one. Returns the logger."""
    logger = logging.getLogger("shipit")
    # TODO
    return logger
