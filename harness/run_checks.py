# -*- coding: utf-8 -*-
"""Runs one milestone's checks against a learner's workspace and writes a results file.

    python run_checks.py --milestone <check file> --workspace <dir> --results <file>
        [--timeout <seconds>] [--target <workspace path>]... [--anchor <name>]

The contract (arguments, results file, check API) is docs/check-api.md.

This file is read by whatever Python the learner picked, however old, so it only uses syntax
that Python 2.7 can parse. It checks the version first; the harness proper (the `pymastery`
package beside this file) is imported only on Python 3.8 or newer.
"""
import os
import sys

MINIMUM_PYTHON = (3, 8)
EXIT_PYTHON_TOO_OLD = 3


def python_is_too_old(version_info):
    """Whether the interpreter with this `sys.version_info` can't run the harness."""
    return tuple(version_info[:2]) < MINIMUM_PYTHON


def too_old_results(version_info, executable):
    """The results document that tells the learner their Python is too old."""
    version = ".".join(str(part) for part in version_info[:3])
    message = (
        "Python %s is too old to check your code: the checks need Python %d.%d or newer. "
        "Choose a newer Python interpreter for this workspace." % ((version,) + MINIMUM_PYTHON)
    )
    return {
        "version": 1,
        "status": "error",
        "duration_ms": 0,
        "python": {"executable": executable or "", "version": version},
        "complete": True,
        "checks": [{"name": "Python version", "status": "error", "message": message}],
    }


def results_path(argv):
    """The --results argument, read without the harness's own argument parser."""
    for index, argument in enumerate(argv):
        if argument == "--results" and index + 1 < len(argv):
            return argv[index + 1]
        if argument.startswith("--results="):
            return argument[len("--results="):]
    return None


def report_python_too_old(argv):
    """Writes the too-old results (if a results file was named); returns the exit code."""
    import json

    document = too_old_results(sys.version_info, sys.executable)
    path = results_path(argv)
    if path:
        temporary = "%s.%d.tmp" % (path, os.getpid())
        with open(temporary, "w") as results:
            results.write(json.dumps(document))
        if os.name == "nt" and os.path.exists(path):
            os.remove(path)  # os.rename does not replace files on Windows, os.replace is 3.3+
        os.rename(temporary, path)
    sys.stderr.write(document["checks"][0]["message"] + "\n")
    return EXIT_PYTHON_TOO_OLD


def main(argv):
    if python_is_too_old(sys.version_info):
        return report_python_too_old(argv)
    harness_dir = os.path.dirname(os.path.abspath(__file__))
    if harness_dir not in sys.path:
        sys.path.insert(0, harness_dir)
    # The harness's own bytecode cache (in the extension's folder) is kept even under
    # PYTHONDONTWRITEBYTECODE: compiling the harness on every run would double its start-up
    # time. While the learner's code runs nothing is cached, so no __pycache__ folder ever
    # appears in their workspace.
    sys.dont_write_bytecode = False
    from pymastery._runner import end_process, run

    end_process(run(argv, learner_dont_write_bytecode=True))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
