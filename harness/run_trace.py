# -*- coding: utf-8 -*-
"""Runs a snippet, or a call on a learner's file, one line at a time and writes what happened.

    python run_trace.py --request <request file> --results <trace file>

The request is JSON: {"kind": "snippet", "code": ...} or {"kind": "call", "file": ..., "call": ...}
with optional "max_steps", "max_objects", "max_items" and "timeout_seconds". The trace file is
described in docs/trace-format.md (and validated by src/core/trace/traceFormat.ts).

Like run_checks.py, this file only uses syntax that Python 2.7 can parse, so that an old
interpreter gets a clear message instead of a syntax error.
"""
import os
import sys

MINIMUM_PYTHON = (3, 8)
EXIT_PYTHON_TOO_OLD = 3


def results_path(argv):
    """The --results argument, read without the harness's own argument parser."""
    for index, argument in enumerate(argv):
        if argument == "--results" and index + 1 < len(argv):
            return argv[index + 1]
        if argument.startswith("--results="):
            return argument[len("--results="):]
    return None


def report_python_too_old(argv):
    """Writes a trace without steps that says why; returns the exit code."""
    import json

    version = ".".join(str(part) for part in sys.version_info[:3])
    message = (
        "Python %s is too old to trace your code: tracing needs Python %d.%d or newer. "
        "Choose a newer Python interpreter for this workspace." % ((version,) + MINIMUM_PYTHON)
    )
    document = {
        "version": 1,
        "source": {"file": "", "code": ""},
        "steps": [],
        "stopped": {"reason": "error", "message": message},
        "exception": None,
        "python": {"executable": sys.executable or "", "version": version},
        "complete": True,
    }
    path = results_path(argv)
    if path:
        temporary = "%s.%d.tmp" % (path, os.getpid())
        with open(temporary, "w") as results:
            results.write(json.dumps(document))
        if os.name == "nt" and os.path.exists(path):
            os.remove(path)
        os.rename(temporary, path)
    sys.stderr.write(message + "\n")
    return EXIT_PYTHON_TOO_OLD


def main(argv):
    if tuple(sys.version_info[:2]) < MINIMUM_PYTHON:
        return report_python_too_old(argv)
    harness_dir = os.path.dirname(os.path.abspath(__file__))
    # The harness's own bytecode is cached (see run_checks.py); the learner's never is.
    sys.dont_write_bytecode = False
    # Only the trace module is needed: the package's __init__ loads the whole check API, which
    # would add to every trace's start-up time. An empty package stands in while it is imported.
    package = type(sys)("pymastery")
    package.__path__ = [os.path.join(harness_dir, "pymastery")]
    sys.modules["pymastery"] = package
    try:
        from pymastery._trace import run
    finally:
        del sys.modules["pymastery"]
    if sys.path and os.path.abspath(sys.path[0] or os.curdir) == harness_dir:
        del sys.path[0]
    return run(argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
