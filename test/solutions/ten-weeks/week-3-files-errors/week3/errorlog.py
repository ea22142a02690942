"""Week 3: errors logged as JSON lines."""
import json
import time


def log_error(stream, error, clock=time.time, **context):
    """Write one JSON line describing ``error`` to ``stream``; return the record."""
    record = {"time": clock(), "type": type(error).__name__,
              "message": str(error), "context": context}
    stream.write(json.dumps(record) + "\n")
    return record


def read_errors(path):
    """Return the records of a JSON-lines error log, skipping lines that do not parse."""
    records = []
    with open(path, encoding="utf-8") as file:
        for line in file:
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError:
                continue
    return records
