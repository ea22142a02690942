"""Checks for the `coverage-and-config` milestone: pytest.ini is valid for pytest, and all of
today's tests together run at least 85% of the lines of each given module."""
import configparser
import re
import subprocess

import os
import sys

from pymastery import expect, fail, learner_path
from pymastery import learner_tests


GIVEN = ["week1/day7/ledger.py", "week1/day7/rates.py", "week1/day7/statement.py"]
LEDGER, RATES, STATEMENT = GIVEN

_runs = {}


def _run(tests, mutation=None, where=LEDGER, **options):
    helper = learner_tests
    if not helper.has_pytest():
        fail("Today's checks run your tests with pytest itself, and this interpreter does not "
             "have it.", hint=helper.PYTEST_HINT)
    key = (tuple(tests), mutation, where, tuple(sorted(options.items())))
    if key not in _runs:
        _runs[key] = helper.run_tests(tests, GIVEN, mutation, mutated=where, block_network=True,
                                      **options)
    return _runs[key]


def _passing(tests, hint):
    helper = learner_tests
    run = _run(tests)
    helper.require_tests(run, tests[0], hint=hint)
    helper.expect_all_pass(run, "the given week1/day7 code",
                           hint="The given code is correct, so a failing test expects the wrong "
                                "thing (or reaches the network, which the check blocks). Run the "
                                "file yourself to see the whole failure.")
    return run


def _caught(tests, mutation, where, broken, hint):
    _passing(tests, hint="Write test_ functions first.")
    learner_tests.expect_caught(_run(tests, mutation, where), broken, hint=hint)


TESTS = ["week1/day7/test_ledger.py", "week1/day7/test_rates.py", "week1/day7/test_statement.py"]
THRESHOLD = 85.0


def check_ini_parses():
    """pytest.ini has a [pytest] section with settings"""
    parser = configparser.ConfigParser(interpolation=None)
    try:
        found = parser.read(learner_path("pytest.ini"), encoding="utf-8")
    except configparser.Error as error:
        fail("pytest.ini cannot be read: %s" % str(error).splitlines()[0],
             hint="Each setting is `name = value`; a value can go on over several lines if they "
                  "are indented.")
    expect(found, "There is no pytest.ini at the top of your workspace.")
    expect(parser.has_section("pytest"), "pytest.ini has no [pytest] section.",
           hint="Start the file with a line [pytest]; pytest ignores settings outside it.")
    expect(parser.options("pytest"), "The [pytest] section is empty.",
           hint="Add at least one setting, such as testpaths or addopts.")


def check_pytest_accepts_the_ini():
    """pytest runs with your pytest.ini without complaint"""
    helper = learner_tests
    if not helper.has_pytest():
        fail("Checking pytest.ini needs pytest.", hint=helper.PYTEST_HINT)
    workspace = learner_path(".")
    command = [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider",
               "-c", learner_path("pytest.ini"), "--rootdir", workspace, "week1/day7"]
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    env.pop("PYTEST_ADDOPTS", None)
    try:
        finished = subprocess.run(command, cwd=workspace, env=env, stdin=subprocess.DEVNULL,
                                  stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=60)
    except subprocess.TimeoutExpired:
        fail("pytest did not finish collecting within a minute.")
    output = finished.stdout.decode("utf-8", "replace")
    unknown = [name for name in re.findall(r"Unknown config option: ([^\s\\\"']+)", output)
               if "{" not in name]
    expect(not unknown, "pytest does not know the setting %r in pytest.ini." % (unknown[:1] or [""])[0],
           hint="Check the spelling against pytest's list of ini options (python -m pytest --help "
                "shows them at the end).")
    expect(finished.returncode == 0,
           "pytest stopped while reading your settings (exit code %d): %s" % (
               finished.returncode, output.strip().splitlines()[-1:] or ""),
           hint="An addopts that needs a plugin this interpreter lacks (such as --cov without "
                "pytest-cov) makes every pytest run fail. Install the plugin or drop the option.")


def check_coverage():
    """your tests run at least 85% of the lines of ledger.py, rates.py and statement.py"""
    helper = learner_tests
    run = _run(TESTS, cover=tuple(GIVEN))
    helper.require_tests(run, TESTS[0], hint="Write the tests of the earlier milestones first.")
    helper.expect_all_pass(run, "the given week1/day7 code",
                           hint="All of today's tests must pass before coverage means anything.")
    report = []
    low = []
    for path in GIVEN:
        data = run.coverage.get(learner_path(path), {"total": 0, "missing": []})
        total = data["total"] or 1
        percent = 100.0 * (total - len(data["missing"])) / total
        report.append("%s %.0f%%" % (os.path.basename(path), percent))
        if percent < THRESHOLD:
            low.append((path, percent, data["missing"]))
    print("line coverage: " + ", ".join(report))
    if low:
        path, percent, missing = low[0]
        fail("%s: your tests run %.0f%% of its lines (at least %.0f%% wanted). Lines never run: %s."
             % (os.path.basename(path), percent, THRESHOLD, ", ".join(map(str, missing[:15]))),
             hint="Open the file at those lines and write a test that reaches each branch, error "
                  "branches included.")
