"""Checks for the `tests-and-config` milestone: test_versioning.py covers versioning.py and
catches broken versions of it; pyproject.toml configures pytest, coverage, ruff and black
(week3/day21)."""
from pymastery import expect, fail
from pymastery import learner_tests
from pymastery.track.ci_tools import load_toml

ROOT = "week3/day21/"
CODE = ROOT + "versioning.py"
TESTS = [ROOT + "test_versioning.py"]

_runs = {}


def _run(mutation=None):
    if not learner_tests.has_pytest():
        fail("This check runs your tests with pytest, and this interpreter does not have it.",
             hint=learner_tests.PYTEST_HINT)
    if mutation not in _runs:
        # Only the run on the learner's own code counts coverage: tracing slows every run.
        _runs[mutation] = learner_tests.run_tests(TESTS, [CODE], mutation, mutated=CODE,
                                                  cover=[CODE] if mutation is None else [], block_network=True)
    return _runs[mutation]


def _tool(name):
    tool = load_toml(ROOT + "pyproject.toml").get("tool") or {}
    return tool.get(name)


def check_tool_settings():
    """pyproject.toml configures pytest, coverage, ruff and a formatter"""
    expect(isinstance(_tool("pytest"), dict) and isinstance(_tool("pytest").get("ini_options"), dict),
           "pyproject.toml has no [tool.pytest.ini_options].", hint="Add the table, with testpaths or addopts.")
    report = (_tool("coverage") or {}).get("report") or {}
    fail_under = report.get("fail_under")
    expect(isinstance(fail_under, (int, float)) and fail_under >= 80,
           "[tool.coverage.report] fail_under is %r." % (fail_under,),
           hint="fail_under = 90 makes the coverage run fail when the tests cover less than 90%.")
    expect(isinstance(_tool("ruff"), dict), "pyproject.toml has no [tool.ruff].",
           hint="[tool.ruff] with line-length, and [tool.ruff.lint] with select = [...] for the rule sets.")
    expect(isinstance(_tool("black"), dict) or isinstance((_tool("ruff") or {}).get("format"), dict),
           "pyproject.toml configures no formatter.", hint="[tool.black] (or [tool.ruff.format]) with the same line length as ruff.")


def check_tests_pass_and_cover():
    """test_versioning.py passes and runs at least 90% of versioning.py"""
    run = _run()
    learner_tests.require_tests(run, TESTS[0], hint="Write test_ functions for each function of versioning.py.")
    learner_tests.expect_all_pass(run, "your versioning.py",
                                  hint="versioning.py passed its own check, so a failing test expects the wrong thing.")
    report = next(iter(run.coverage.values()), None)
    if not report or not report.get("total"):
        return
    covered = 100.0 * (report["total"] - len(report["missing"])) / report["total"]
    expect(covered >= 90, "Your tests run %.0f%% of versioning.py; lines never run: %s."
           % (covered, ", ".join(map(str, report["missing"][:15]))),
           hint="Add tests for the branches those lines belong to (errors, the 0.x rule, BREAKING CHANGE).")


BUGS = {
    "bump minor keeps the patch number": """
def mutate(versioning):
    original = versioning.bump
    def bump(version, part):
        result = original(version, part)
        if part == "minor":
            major, minor, _ = versioning.parse_version(result)
            return "%d.%d.%d" % (major, minor, versioning.parse_version(version)[2])
        return result
    versioning.bump = bump
""",
    "parse_version accepts leading zeros and two-part versions": """
import re
def mutate(versioning):
    def parse_version(text):
        match = re.fullmatch(r"v?(\\d+)\\.(\\d+)(?:\\.(\\d+))?", text.strip())
        if match is None:
            raise ValueError(text)
        return int(match.group(1)), int(match.group(2)), int(match.group(3) or 0)
    versioning.parse_version = parse_version
""",
    "a BREAKING CHANGE footer is ignored": """
def mutate(versioning):
    original = versioning.change_of
    def change_of(message):
        return original(message.strip().splitlines()[0] if message.strip() else message)
    versioning.change_of = change_of
""",
    "0.x versions jump to 1.0.0 on a breaking change": """
def mutate(versioning):
    original = versioning.next_version
    def next_version(current, messages):
        messages = list(messages)
        if "major" in {versioning.change_of(m) for m in messages}:
            return versioning.bump(current, "major")
        return original(current, messages)
    versioning.next_version = next_version
""",
}


def check_tests_catch_bugs():
    """your tests catch each of four broken versions of versioning.py"""
    check_tests_pass_and_cover()
    missed = [bug for bug, mutation in BUGS.items() if not _run(mutation).caught]
    expect(not missed, "Every test still passed when %s." % "; and when ".join(missed),
           hint="For each rule in the docstrings, write a test that would fail if the rule were broken: "
                "the exact results of bump, versions that must be refused, body footers, the 0.x rule.")
