"""Log analyser, step 1: read one line of a log."""
from datetime import datetime

LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")


def parse_line(line):
    """Split a log line into time, level, source and message; ValueError if it does not fit."""
    parts = line.rstrip("\n").split(" ", 4)
    if len(parts) < 5:
        raise ValueError("too few parts")
    day, clock, level, source, message = parts
    stamp = f"{day} {clock}"
    try:
        datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S")
    except ValueError:
        raise ValueError(f"bad time {stamp!r}") from None
    if level not in LEVELS:
        raise ValueError(f"unknown level {level!r}")
    if not source.endswith(":") or len(source) < 2:
        raise ValueError("missing 'source:'")
    return {"time": stamp, "level": level, "source": source[:-1], "message": message}
