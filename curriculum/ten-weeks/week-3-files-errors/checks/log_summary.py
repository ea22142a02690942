"""Checks for the `analyser-summary` milestone (week3/loganalyser/summary.py)."""
import json

from pymastery import call, expect, expect_equal, expect_in, learner_module, run_script, temp_folder


def _entry(time, level, source, message):
    return {"time": time, "level": level, "source": source, "message": message, "file": "x.log"}


ENTRIES = [
    _entry("2024-03-01 10:00:05", "ERROR", "db", "connection lost"),
    _entry("2024-03-01 09:00:00", "INFO", "web", "started"),
    _entry("2024-03-01 10:02:00", "ERROR", "db", "timeout"),
    _entry("2024-03-01 10:03:00", "CRITICAL", "db", "connection lost"),
    _entry("2024-03-01 11:30:00", "WARNING", "web", "slow"),
    _entry("2024-03-01 10:04:00", "ERROR", "auth", "bad token"),
    _entry("2024-03-01 10:05:00", "ERROR", "db", "disk full"),
]


def check_counts_and_range():
    """totals, counts per level and source, first and last time"""
    module = learner_module()
    summary = call(module.summarise, iter(ENTRIES)).value
    expect_equal({key: summary.get(key) for key in ("total", "by_level", "by_source")},
                 {"total": 7, "by_level": {"ERROR": 4, "INFO": 1, "CRITICAL": 1, "WARNING": 1},
                  "by_source": {"db": 4, "web": 2, "auth": 1}},
                 hint="collections.Counter counts things; dict(counter) turns it into a dict.")
    expect_equal((summary.get("first"), summary.get("last")),
                 ("2024-03-01 09:00:00", "2024-03-01 11:30:00"),
                 hint="Entries come in any order: keep the smallest and largest time seen. "
                      "These time strings sort like the times they name.")


def check_top_errors():
    """top_errors ranks ERROR and CRITICAL messages, ties alphabetically"""
    module = learner_module()
    summary = call(module.summarise, iter(ENTRIES), top=3).value
    expect_equal([list(pair) for pair in summary.get("top_errors") or []],
                 [["connection lost", 2], ["bad token", 1], ["disk full", 1]],
                 hint="Count messages of ERROR and CRITICAL entries only, then sort by "
                      "(-count, message) and keep the first `top`.")


def check_one_pass_and_empty():
    """summarise reads its input once, and copes with no entries"""
    module = learner_module()
    summary = call(module.summarise, iter(ENTRIES)).value
    expect_equal(summary.get("total"), 7, hint="The entries may be a generator, which can be "
                 "read only once: do all the counting in a single loop.")
    empty = call(module.summarise, iter([])).value
    expect_equal(empty, {"total": 0, "by_level": {}, "by_source": {}, "first": None,
                         "last": None, "top_errors": []})


def check_command_line():
    """the script summarises files and reports corrupt lines on stderr"""
    logs = {"a.log": "2024-03-01 10:00:00 INFO web: up\nnot a log line\n",
            "b.log": "2024-03-01 10:00:01 ERROR db: lost\n"}
    with temp_folder(logs) as folder:
        run = run_script(argv=[folder.path("a.log"), folder.path("b.log")], crash_ok=True)
        expect_equal(run.exception, None, hint="A corrupt line must not stop the program.")
        summary = json.loads(run.stdout)
        expect_equal((summary.get("total"), summary.get("top_errors")), (2, [["lost", 1]]))
        expect_in("a.log:2:", run.stderr)
        expect_equal(run.exit_code, 1)
