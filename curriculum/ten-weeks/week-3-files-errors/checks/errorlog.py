"""Checks for the `error-log` milestone (week3/errorlog.py)."""
import io
import json

from pymastery import call, expect, expect_equal, learner_module, temp_folder


def _lines(text):
    return [line for line in text.split("\n") if line]


def check_writes_one_json_line():
    """each error becomes one JSON object on its own line"""
    module = learner_module()
    stream = io.StringIO()
    ticks = iter([100.0, 101.5])
    call(module.log_error, stream, ValueError("bad port"), clock=lambda: next(ticks),
         file="a.cfg", line=3)
    call(module.log_error, stream, KeyError("user"), clock=lambda: next(ticks))
    text = stream.getvalue()
    expect(text.endswith("\n") and len(_lines(text)) == 2,
           "after two calls the stream holds " + repr(text[:200]),
           hint="Write json.dumps(record) and then a newline, once per call.")
    records = [json.loads(line) for line in _lines(text)]
    expect_equal(records[0], {"time": 100.0, "type": "ValueError", "message": "bad port",
                              "context": {"file": "a.cfg", "line": 3}},
                 hint="type(error).__name__ gives the class name, str(error) the message, and "
                      "**context collects the keyword arguments.")
    expect_equal(records[1], {"time": 101.5, "type": "KeyError", "message": "'user'",
                              "context": {}})


def check_returns_the_record():
    """log_error returns the dict it wrote"""
    module = learner_module()
    stream = io.StringIO()
    record = call(module.log_error, stream, OSError("disk full"), clock=lambda: 5.0).value
    expect_equal(record, json.loads(stream.getvalue()))


def check_reads_back_skipping_damage():
    """read_errors returns the records and skips lines that do not parse"""
    module = learner_module()
    log = ('{"time": 1, "type": "ValueError", "message": "a", "context": {}}\n'
           '{"time": 2, "type": "Key\n'
           '\n'
           '{"time": 3, "type": "OSError", "message": "b", "context": {"n": 1}}\n')
    with temp_folder({"errors.jsonl": log}) as folder:
        records = call(module.read_errors, folder.path("errors.jsonl")).value
        expect_equal([record.get("time") for record in records], [1, 3],
                     hint="json.loads each line inside try, and skip the line on "
                          "json.JSONDecodeError (a ValueError).")
