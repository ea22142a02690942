"""Checks for the `analyser-parse` milestone (week3/loganalyser/parsing.py)."""
from pymastery import call, capture, expect, expect_equal, learner_module


def check_splits_a_good_line():
    """a good line becomes time, level, source and message"""
    module = learner_module()
    expect_equal(call(module.parse_line, "2024-03-01 12:00:03 ERROR db: connection lost\n").value,
                 {"time": "2024-03-01 12:00:03", "level": "ERROR", "source": "db",
                  "message": "connection lost"},
                 hint="line.split(\" \", 4) splits at the first four spaces and leaves the "
                      "message whole; strip the newline and the colon after the source.")


def check_message_keeps_its_text():
    """the message keeps its spaces and colons"""
    module = learner_module()
    entry = call(module.parse_line, "2024-12-31 23:59:59 WARNING auth: retry 2: token expired").value
    expect_equal((entry.get("source"), entry.get("message")), ("auth", "retry 2: token expired"),
                 hint="Split only as often as there are fixed parts; the rest is the message.")


def check_rejects_corrupt_lines():
    """corrupt lines raise ValueError"""
    module = learner_module()
    corrupt = [
        "2024-03-01 12:00:03 ERROR",                      # too short
        "2024-03-01 12:00:03 LOUD db: oops",              # unknown level
        "2024-13-45 12:00:03 INFO db: month 13",          # impossible date
        "yesterday noon INFO db: vague",                  # not a date at all
        "2024-03-01 12:00:03 INFO db started fine",       # no 'source:'
        "\x00\x00\x00 garbage",
    ]
    for line in corrupt:
        result = capture(module.parse_line, line)
        expect(isinstance(result.exception, ValueError),
               "parse_line(%r) %s" % (line, "returned " + repr(result.value)
                                      if result.exception is None
                                      else "raised " + type(result.exception).__name__),
               hint="Raise ValueError for every kind of bad line. datetime.strptime(text, "
                    "\"%Y-%m-%d %H:%M:%S\") raises ValueError itself for a bad date.")
