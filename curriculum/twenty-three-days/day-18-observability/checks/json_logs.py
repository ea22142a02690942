"""Checks for the `json-logs` milestone: JsonFormatter and configure_logging in
week3/day18/api/observability.py."""
import io
import json
import logging
import sys
from datetime import datetime

from pymastery import call, expect, expect_equal, expect_in, fail
from pymastery.track.observed_api import observability


def _record(message, args=(), level=logging.INFO, extra=None, exc_info=None):
    logger = logging.getLogger("api.check")
    return logger.makeRecord("api.check", level, __file__, 10, message, args, exc_info, extra=extra)


def _format(obs, record):
    text = call(obs.JsonFormatter().format, record).value
    expect("\n" not in (text or "").strip(), "A formatted record spans several lines: %r" % (text,),
           hint="json.dumps(entry) writes one line; do not indent it.")
    try:
        return json.loads(text)
    except (TypeError, ValueError):
        fail("JsonFormatter.format returned %r, which is not JSON." % (text,),
             hint="Build a dict and return json.dumps(the_dict, default=str).")


def check_fields():
    """a record becomes one JSON object with time, level, logger, message and request_id"""
    obs = observability()
    entry = _format(obs, _record("stock of %s is %d", ("lamps", 3), level=logging.WARNING))
    for key, value in (("level", "WARNING"), ("logger", "api.check"), ("message", "stock of lamps is 3"),
                       ("request_id", "-")):
        expect_equal(entry.get(key), value, hint="Key %r: see the docstring; the message is record.getMessage()." % key)
    try:
        moment = datetime.fromisoformat(str(entry.get("time")))
    except ValueError:
        fail("\"time\" should be ISO 8601, such as 2024-05-01T12:00:00+00:00, got %r." % (entry.get("time"),),
             hint="datetime.fromtimestamp(record.created, tz=timezone.utc).isoformat()")
    expect(moment.utcoffset() is not None and moment.utcoffset().total_seconds() == 0,
           "\"time\" should be in UTC with its offset, got %r." % (entry.get("time"),),
           hint="Pass tz=timezone.utc to datetime.fromtimestamp.")


def check_extra_fields_and_request_id():
    """fields given with extra= and the current request id are in the JSON"""
    obs = observability()
    token = obs.request_id_var.set("req-42")
    try:
        entry = _format(obs, _record("item created", extra={"item_id": 7, "tags": ["a"], "when": datetime(2024, 1, 2)}))
    finally:
        obs.request_id_var.reset(token)
    expect_equal(entry.get("request_id"), "req-42", hint="Read request_id_var.get() inside format().")
    expect_equal((entry.get("item_id"), entry.get("tags")), (7, ["a"]),
                 hint="Every attribute of the record that a plain LogRecord lacks came from extra=: copy those "
                      "(_STANDARD lists the plain ones).")
    expect_equal(entry.get("when"), str(datetime(2024, 1, 2)), hint="json.dumps(..., default=str) writes what JSON "
                                                                      "cannot hold as its str().")
    expect("args" not in entry and "levelno" not in entry and "msg" not in entry,
           "The JSON should hold only the documented keys and the extra fields, not every LogRecord attribute.",
           hint="Skip the attributes every LogRecord has (the names in _STANDARD).")


def check_exception():
    """a record with exc_info carries the traceback under "exception" """
    obs = observability()
    try:
        {}["missing"]
    except KeyError:
        info = sys.exc_info()
    entry = _format(obs, _record("lookup failed", exc_info=info))
    expect_in("KeyError", str(entry.get("exception")),
              hint="When record.exc_info is set, add \"exception\": \"\".join(traceback.format_exception(*record.exc_info)).")
    expect("exception" not in _format(obs, _record("fine")), "A record without exc_info should have no \"exception\" key.")


def check_configure_logging():
    """configure_logging sends the api loggers' records to the stream as JSON lines, once each"""
    obs = observability()
    api = logging.getLogger("api")
    saved = (api.level, api.propagate, list(api.handlers))
    stream = io.StringIO()
    try:
        call(obs.configure_logging, "INFO", stream)
        handler = call(obs.configure_logging, "INFO", stream).value
        logging.getLogger("api.items").info("hello %s", "there")
        logging.getLogger("api.items").debug("too quiet")
    finally:
        api.setLevel(saved[0])
        api.propagate = saved[1]
        api.handlers[:] = saved[2]
    lines = stream.getvalue().splitlines()
    expect_equal(len(lines), 1, hint="One line for the INFO record, none for DEBUG below the level, and no second "
                                     "handler from the first call: remove the old handlers first.")
    expect_equal(json.loads(lines[0]).get("message"), "hello there", hint="Give the handler a JsonFormatter().")
    expect(isinstance(handler, logging.Handler), "configure_logging should return its handler, got %r." % (handler,))
