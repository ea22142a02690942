"""Structured logs for shipit: one JSON object per line, which log collectors can search."""
import json
import logging
import sys

# Every attribute a record has before extra= adds its own (taskName appeared in 3.12).
STANDARD = set(logging.LogRecord("x", logging.INFO, __file__, 1, "", (), None).__dict__) | {"message", "asctime"}


class JsonFormatter(logging.Formatter):
    """Formats a log record as one line of JSON.

    Keys: "time" (when it was logged), "level" (INFO, ERROR, ...), "logger" (its name),
    "message" (with its %-arguments filled in), every field passed with extra={...}, and,
    when the record carries an exception, "exception" (the formatted traceback). Values that
    JSON cannot hold (a datetime, a Path) are written as their str().
    """

    def format(self, record):
        entry = {
            "time": round(record.created, 3),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        for key, value in record.__dict__.items():
            if key not in STANDARD:
                entry[key] = value
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, default=str)


def configure_logging(level="INFO", stream=None):
    """Send the "shipit" logger's records at `level` and above to `stream` (sys.stderr when
    None) as JSON lines, and not on to the root logger. Calling it again replaces the handler
    instead of adding a second one. Returns the logger."""
    logger = logging.getLogger("shipit")
    handler = logging.StreamHandler(sys.stderr if stream is None else stream)
    handler.setFormatter(JsonFormatter())
    logger.handlers[:] = [handler]
    logger.setLevel(level)
    logger.propagate = False
    return logger
