"""Checks for the `json-logs` milestone: JsonFormatter and configure_logging in expert/production/shipit/src/shipit/logs.py."""
import io
import json
import logging
from datetime import date
from pathlib import PurePosixPath

from pymastery import call, expect, expect_equal, fail, learner_module


def _lines(stream):
    lines = [line for line in stream.getvalue().splitlines() if line.strip()]
    records = []
    for line in lines:
        try:
            records.append(json.loads(line))
        except ValueError:
            fail("this log line is not JSON: %r" % line,
                 hint="format() must return json.dumps(...) of a dict: one object, on one line.")
    return records


def _logger(name="shipit.check"):
    logs = learner_module()
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(call(logs.JsonFormatter).value)
    logger = logging.getLogger(name)
    logger.handlers[:] = [handler]
    logger.setLevel(logging.DEBUG)
    logger.propagate = False
    return logger, stream


def check_one_json_object_per_record():
    """each record becomes one JSON line with time, level, logger and message"""
    logger, stream = _logger()
    logger.info("order %s paid", 1042)
    logger.warning("stock low")
    records = _lines(stream)
    expect_equal(len(records), 2, hint="One record, one line: no newlines inside the JSON (json.dumps without indent).")
    first = records[0]
    expect(isinstance(first, dict) and "time" in first,
           "the first line is %r, without a \"time\" key" % (first,), hint="Add the record's time: record.created, or an ISO-8601 text.")
    expect_equal({k: first.get(k) for k in ("level", "logger", "message")},
                 {"level": "INFO", "logger": "shipit.check", "message": "order 1042 paid"},
                 hint="record.levelname, record.name, and record.getMessage(), which fills in the %-arguments.")
    expect_equal(records[1].get("level"), "WARNING")


def check_extra_fields():
    """fields given with extra= become keys of their own, and odd values are written as text"""
    logger, stream = _logger()
    logger.info("checkout", extra={"user_id": 7, "cart": ["lamp", "desk"], "day": date(2024, 5, 1),
                                   "path": PurePosixPath("/tmp/x")})
    record = _lines(stream)[0]
    expect_equal({k: record.get(k) for k in ("user_id", "cart", "day", "path")},
                 {"user_id": 7, "cart": ["lamp", "desk"], "day": "2024-05-01", "path": "/tmp/x"},
                 hint="extra= sets attributes on the record. Keep every attribute a plain LogRecord does not have "
                      "(compare with the keys of logging.LogRecord(...).__dict__), and pass default=str to json.dumps.")
    expect("args" not in record and "msg" not in record and "levelno" not in record,
           "the line also holds the record's own attributes: %s" % sorted(record),
           hint="Only the fields passed with extra= are added; the record's built-in attributes (args, msg, levelno, ...) stay out.")


def check_exceptions():
    """logger.exception adds the traceback under \"exception\""""
    logger, stream = _logger()
    try:
        {}["missing"]
    except KeyError:
        logger.exception("lookup failed")
    record = _lines(stream)[0]
    expect_equal(record.get("level"), "ERROR")
    text = record.get("exception")
    expect(isinstance(text, str) and "KeyError" in text and "Traceback" in text,
           "the \"exception\" key holds %r" % (text,),
           hint="When record.exc_info is set, self.formatException(record.exc_info) gives the traceback text.")


def check_configure_logging():
    """configure_logging sends shipit's records, at the chosen level, to the stream, once"""
    logs = learner_module()
    stream = io.StringIO()
    logger = call(logs.configure_logging, "WARNING", stream).value
    call(logs.configure_logging, "WARNING", stream)
    expect(isinstance(logger, logging.Logger) and logger.name == "shipit",
           "configure_logging returned %r" % (logger,), hint="Return logging.getLogger(\"shipit\").")
    child = logging.getLogger("shipit.orders")
    child.info("hidden")
    child.error("shown %d", 1)
    records = _lines(stream)
    expect_equal([r.get("message") for r in records], ["shown 1"],
                 hint="Set the level on the logger; after two calls there must still be exactly one handler (replace, don't add).")
    expect_equal(records[0].get("logger"), "shipit.orders")
    expect(logger.propagate is False, "the shipit logger still passes records on to the root logger",
           hint="logger.propagate = False, or every line may be printed twice by a handler on the root.")
