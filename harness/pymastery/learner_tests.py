"""Running the learner's own tests the way pytest would, against their code and broken copies.

A test suite is worth having when it passes on working code and fails on broken code. The
checks of "write tests" milestones therefore run the learner's test files several
times in a fresh interpreter (the learner's own): once against their own modules, then once per
*mutant*, a copy of their module with one behaviour broken on purpose.

- When the interpreter has pytest, the tests run under the real pytest (`python -m pytest`), so
  fixtures, conftest.py, parametrize, test classes and marks all work as the learner expects.
  The learner's own pytest.ini or pyproject settings are not read (an empty ini file stands in),
  so an `addopts` that needs a plugin can't break the check.
- Without pytest, the tests run through the harness's own pytest stand-in (the one check files
  get): test functions, unittest.TestCase classes, pytest.raises, approx, parametrize, marks,
  tmp_path, capsys and monkeypatch work; conftest.py is not read and plain test classes are not
  collected, which `TestRun.note` says.

A mutation is Python source defining `mutate(module)`: it receives the learner's module (already
imported, and registered in sys.modules under its plain name and its dotted path) and breaks
it, usually by wrapping one function or method.
"""
from __future__ import annotations

import ast
import importlib.util
import json
import os
import subprocess
import sys
import tempfile
import textwrap

from pymastery import fail, learner_path

PYTEST_HINT = (
    "Install pytest for the interpreter that runs the checks: the quick fix on the warning does "
    "it, or run `python -m pip install pytest` with that interpreter."
)


def has_pytest() -> bool:
    """Whether the interpreter running the checks (the learner's) can import pytest."""
    try:
        return importlib.util.find_spec("pytest") is not None
    except (ImportError, ValueError):
        return False


class TestResult:
    """One collected test and how it ended: outcome is pass, fail, error or skip."""

    def __init__(self, data: dict) -> None:
        self.nodeid = data.get("nodeid", "")
        self.name = data.get("name", "")
        self.function = data.get("function") or self.name
        self.cls = data.get("cls")
        self.file = data.get("file")
        self.line = data.get("line")
        self.outcome = data.get("outcome") or "error"
        self.message = data.get("message") or ""
        self.fixtures = list(data.get("fixtures") or [])
        self.own_fixtures = list(data.get("own_fixtures") or [])
        self.parametrized = bool(data.get("parametrized"))

    @property
    def at(self) -> str:
        """The test's definition, as an `at=` name for an expectation."""
        return "%s.%s" % (self.cls, self.function) if self.cls else self.function

    def describe(self) -> str:
        text = "%s %s" % (self.name, {"fail": "failed", "error": "stopped with an error",
                                       "skip": "was skipped", "pass": "passed"}[self.outcome])
        message = self.message.strip().splitlines()
        if message:
            text += ": " + message[-1].strip()[:300]
        return text


class TestRun:
    """What one run of the learner's tests gave."""

    def __init__(self, data: dict, output: str) -> None:
        self.tests = [TestResult(item) for item in data.get("tests", [])]
        self.collect_errors = list(data.get("collect_errors", []))
        self.coverage = dict(data.get("coverage", {}))
        self.output = output
        self.runner = data.get("runner", "pytest")
        self.note = data.get("note", "")

    @property
    def failed(self) -> list:
        return [t for t in self.tests if t.outcome in ("fail", "error")]

    @property
    def passed(self) -> list:
        return [t for t in self.tests if t.outcome == "pass"]

    @property
    def caught(self) -> bool:
        """Whether the tests noticed that something is wrong (a failing test or a broken file)."""
        return bool(self.failed or self.collect_errors)


# -- the plugin that runs inside the learner's interpreter -------------------------------------

_PREPARE = r'''
import json, os, sys, types, importlib.util

CONFIG = json.load(open(os.environ["PM_LEARNER_TESTS"], encoding="utf-8"))
RESULTS = {"tests": [], "collect_errors": [], "coverage": {}}


def _import_learner(path, names):
    """Imports a workspace file by its real module name (a package's modules as
    package.module, so relative imports work) and registers the other names too."""
    folder = os.path.dirname(path)
    parts = [os.path.splitext(os.path.basename(path))[0]]
    while os.path.isfile(os.path.join(folder, "__init__.py")):
        parts.insert(0, os.path.basename(folder))
        folder = os.path.dirname(folder)
    if folder not in sys.path:
        sys.path.insert(0, folder)
    module = importlib.import_module(".".join(parts))
    for name in names:
        sys.modules.setdefault(name, module)
    return module


def _block_network():
    import socket

    def refuse(*args, **kwargs):
        raise OSError("the check blocks the network, and a test tried to open a connection")

    socket.socket.connect = refuse
    socket.socket.connect_ex = refuse
    socket.create_connection = refuse


def _prepare():
    if CONFIG.get("block_network"):
        _block_network()
    modules = {}
    for names_text, path in CONFIG["modules"].items():
        modules[names_text] = _import_learner(path, names_text.split("|"))
    mutation = CONFIG.get("mutation")
    if mutation:
        namespace = {"__name__": "mutation"}
        exec(compile(mutation["source"], "<mutation>", "exec"), namespace)
        target = modules[mutation["module"]]
        namespace["mutate"](target)


_TRACED = set(os.path.normcase(os.path.realpath(p)) for p in CONFIG.get("cover", []))
_LINES = {}


def _local_tracer(frame, event, arg):
    if event == "line":
        _LINES.setdefault(frame.f_code.co_filename, set()).add(frame.f_lineno)
    return _local_tracer


def _tracer(frame, event, arg):
    filename = frame.f_code.co_filename
    if os.path.normcase(os.path.realpath(filename)) in _TRACED:
        _LINES.setdefault(filename, set()).add(frame.f_lineno)
        return _local_tracer
    return None


def _start_coverage():
    if _TRACED:
        import threading
        sys.settrace(_tracer)
        threading.settrace(_tracer)


def _executable_lines(path):
    import ast, dis
    with open(path, "rb") as handle:
        source = handle.read()
    tree = ast.parse(source)
    excluded = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If):
            test = ast.dump(node.test)
            if "__main__" in test or "TYPE_CHECKING" in test:
                end = getattr(node, "end_lineno", None) or node.lineno
                excluded.update(range(node.lineno, end + 1))
    text_lines = source.decode("utf-8", "replace").splitlines()
    for number, text in enumerate(text_lines, 1):
        if "pragma: no cover" in text:
            excluded.add(number)
    lines = set()
    stack = [compile(source, path, "exec")]
    while stack:
        code = stack.pop()
        for _, line in dis.findlinestarts(code):
            if line:
                lines.add(line)
        stack.extend(c for c in code.co_consts if hasattr(c, "co_code"))
    return sorted(lines - excluded)


def _coverage_report():
    report = {}
    for path in CONFIG.get("cover", []):
        real = os.path.normcase(os.path.realpath(path))
        ran = set()
        for filename, lines in _LINES.items():
            if os.path.normcase(os.path.realpath(filename)) == real:
                ran |= lines
        executable = _executable_lines(path)
        missing = [line for line in executable if line not in ran]
        report[path] = {"total": len(executable), "missing": missing}
    return report


def _write():
    sys.settrace(None)
    RESULTS["coverage"] = _coverage_report()
    with open(CONFIG["results"], "w", encoding="utf-8") as handle:
        json.dump(RESULTS, handle)
'''

_PLUGIN = _PREPARE + r'''
import inspect

_start_coverage()
_prepare()
_ITEMS = {}


def _own(path):
    root = os.path.normcase(os.path.realpath(CONFIG["workspace"])) + os.sep
    return bool(path) and os.path.normcase(os.path.realpath(path)).startswith(root)


def pytest_collection_modifyitems(session, config, items):
    for item in items:
        path, line, _ = item.location
        fixtures, own = [], []
        info = getattr(item, "_fixtureinfo", None)
        for name in list(getattr(item, "fixturenames", [])):
            fixtures.append(name)
            for definition in (getattr(info, "name2fixturedefs", {}) or {}).get(name, ()):
                try:
                    source = inspect.getsourcefile(definition.func)
                except TypeError:
                    source = None
                if _own(source) and name not in own:
                    own.append(name)
        cls = getattr(item, "cls", None)
        entry = {
            "nodeid": item.nodeid, "name": item.name,
            "function": getattr(item, "originalname", None) or item.name,
            "cls": cls.__name__ if cls is not None else None,
            "file": path, "line": None if line is None else line + 1,
            "fixtures": fixtures, "own_fixtures": own,
            "parametrized": hasattr(item, "callspec"), "outcome": None, "message": "",
        }
        _ITEMS[item.nodeid] = entry
        RESULTS["tests"].append(entry)


def _message(report):
    crash = getattr(getattr(report, "longrepr", None), "reprcrash", None)
    if crash is not None:
        return str(crash.message)
    text = getattr(report, "longreprtext", "") or str(getattr(report, "longrepr", "") or "")
    return text[-2000:]


def pytest_runtest_logreport(report):
    entry = _ITEMS.get(report.nodeid)
    if entry is None:
        return
    if report.failed:
        if entry["outcome"] not in ("fail", "error"):
            entry["outcome"] = "fail" if report.when == "call" else "error"
            entry["message"] = _message(report)
    elif report.skipped:
        if entry["outcome"] is None:
            entry["outcome"] = "skip"
            entry["message"] = _message(report)
    elif report.when == "call" and entry["outcome"] is None:
        entry["outcome"] = "pass"


def pytest_collectreport(report):
    if report.failed:
        RESULTS["collect_errors"].append(
            {"nodeid": report.nodeid, "message": (getattr(report, "longreprtext", "")
                                                  or str(report.longrepr))[-3000:]})


def pytest_sessionfinish(session, exitstatus):
    _write()
'''

# Without pytest: the harness runs a test file as if it were a check file (with its pytest
# stand-in), after the learner's modules are imported and mutated. One process per test file.
_HARNESS_BOOTSTRAP = _PREPARE + r'''
_start_coverage()
_prepare()
import re
test_file = CONFIG["tests"][0]
results = CONFIG["results"] + ".harness.json"
if os.path.dirname(test_file) not in sys.path:
    sys.path.insert(0, os.path.dirname(test_file))
with open(test_file, encoding="utf-8", errors="replace") as handle:
    source = handle.read()
if not re.search(r"^\s*(import\s+pytest|from\s+pytest\s+import)", source, re.M):
    # Fixtures such as capsys and tmp_path come with the stand-in, which a file that never
    # imports pytest would not get: run a copy that imports it on an extra last line.
    test_file = os.path.join(os.path.dirname(CONFIG["results"]), os.path.basename(test_file))
    with open(test_file, "w", encoding="utf-8") as handle:
        handle.write(source + "\nimport pytest as _pytest_for_fixtures  # noqa\n")
sys.path.insert(0, os.path.dirname(CONFIG["harness"]))
from pymastery._runner import run as _run_harness
_run_harness(["--milestone", test_file, "--workspace", CONFIG["workspace"], "--results", results],
             learner_dont_write_bytecode=True)
sys.settrace(None)
try:
    document = json.load(open(results, encoding="utf-8"))
except (OSError, ValueError):
    document = {"checks": []}
relative = os.path.relpath(CONFIG["tests"][0], CONFIG["workspace"]).replace(os.sep, "/")
for check in document.get("checks", []):
    name = check.get("name", "")
    if name in ("Loading the checks", "Loading your code"):
        RESULTS["collect_errors"].append({"nodeid": relative, "message": check.get("message", "")})
        continue
    RESULTS["tests"].append({
        "nodeid": relative + "::" + name, "name": name, "file": relative,
        "outcome": {"pass": "pass", "fail": "fail", "skip": "skip"}.get(check.get("status"), "error"),
        "message": check.get("message", ""),
    })
_write()
os._exit(0)
'''


def _module_names(path: str) -> str:
    """`name|dotted.path` for a workspace file: the names tests may import it by (a module in
    a package is named package.module)."""
    relative = os.path.splitext(path.replace("\\", "/"))[0]
    parts = relative.split("/")
    depth = 1
    while depth < len(parts) and os.path.isfile(
            learner_path("/".join(parts[:len(parts) - depth] + ["__init__.py"]))):
        depth += 1
    names = [".".join(parts[len(parts) - depth:])]
    dotted = ".".join(parts)
    if dotted not in names:
        names.append(dotted)
    return "|".join(names)


def _plain_test_classes(paths: list) -> list:
    """Names of `class Test...` in the test files that do not subclass anything."""
    found = []
    for path in paths:
        try:
            tree = ast.parse(open(learner_path(path), "rb").read())
        except (OSError, SyntaxError, ValueError):
            continue
        for node in tree.body:
            if isinstance(node, ast.ClassDef) and node.name.startswith("Test") and not node.bases:
                found.append(node.name)
    return found


def _run_process(command: list, scratch: str, config: dict, env: dict, timeout: float) -> tuple:
    """Runs one process of the learner's tests; (results data, output)."""
    config_path = os.path.join(scratch, "config-%d.json" % len(os.listdir(scratch)))
    with open(config_path, "w", encoding="utf-8") as handle:
        json.dump(config, handle)
    env = dict(env, PM_LEARNER_TESTS=config_path)
    try:
        finished = subprocess.run(command, cwd=config["workspace"], env=env,
                                  stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                  stderr=subprocess.STDOUT, timeout=timeout)
        output = finished.stdout.decode("utf-8", "replace")
    except subprocess.TimeoutExpired as expired:
        output = (expired.stdout or b"").decode("utf-8", "replace")
        fail("Your tests were still running after %d seconds." % timeout,
             hint="Look for a test that waits for something or loops forever (a real "
                  "time.sleep, input(), a network call). Replace slow parts with fakes.",
             actual=output[-1500:])
    try:
        with open(config["results"], encoding="utf-8") as handle:
            return json.load(handle), output
    except (OSError, ValueError):
        return {"tests": [], "collect_errors": [{"nodeid": "", "message": output[-3000:]}]}, output


def run_tests(tests: list, modules: list, mutation: str = None, mutated: str = None,
              cover: list = (), timeout: float = 40.0, block_network: bool = False) -> TestRun:
    """Runs the learner's test files `tests` (workspace paths) in a fresh interpreter.

    `modules` are the workspace files under test, imported first; `mutation` (source defining
    `mutate(module)`) breaks the one at workspace path `mutated`. `cover` lists workspace files
    whose executed lines are counted.
    """
    workspace = learner_path(".")
    scratch = tempfile.mkdtemp(prefix="pm-learner-tests-")
    config = {
        "workspace": workspace,
        "results": os.path.join(scratch, "results.json"),
        "modules": {_module_names(path): learner_path(path) for path in modules},
        "cover": [learner_path(path) for path in cover],
        "tests": [learner_path(path) for path in tests],
        "block_network": block_network,
    }
    if mutation is not None:
        config["mutation"] = {"source": textwrap.dedent(mutation),
                              "module": _module_names(mutated or modules[0])}
    env = dict(os.environ)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env.pop("PYTEST_ADDOPTS", None)
    if has_pytest():
        with open(os.path.join(scratch, "pm_learner_plugin.py"), "w", encoding="utf-8") as handle:
            handle.write(_PLUGIN)
        with open(os.path.join(scratch, "pytest.ini"), "w", encoding="utf-8") as handle:
            handle.write("[pytest]\n")
        env["PYTHONPATH"] = scratch + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
        command = [sys.executable, "-m", "pytest", "-p", "pm_learner_plugin",
                   "-p", "no:cacheprovider", "-c", os.path.join(scratch, "pytest.ini"),
                   "--rootdir", workspace, "-q", "--color=no"] + config["tests"]
        data, output = _run_process(command, scratch, config, env, timeout)
        data["runner"] = "pytest"
        return TestRun(data, output)

    import pymastery

    config["harness"] = os.path.join(os.path.dirname(os.path.dirname(
        os.path.abspath(pymastery.__file__))), "run_checks.py")
    bootstrap = os.path.join(scratch, "pm_bootstrap.py")
    with open(bootstrap, "w", encoding="utf-8") as handle:
        handle.write(_HARNESS_BOOTSTRAP)
    merged = {"tests": [], "collect_errors": [], "coverage": {}, "runner": "stand-in"}
    outputs = []
    for index, test_file in enumerate(config["tests"]):
        one = dict(config, tests=[test_file],
                   results=os.path.join(scratch, "results-%d.json" % index))
        data, output = _run_process([sys.executable, bootstrap], scratch, one, env, timeout)
        outputs.append(output)
        merged["tests"] += data.get("tests", [])
        merged["collect_errors"] += data.get("collect_errors", [])
        for path, report in data.get("coverage", {}).items():
            seen = merged["coverage"].get(path)
            if seen is None:
                merged["coverage"][path] = report
            else:
                seen["missing"] = sorted(set(seen["missing"]) & set(report["missing"]))
    classes = _plain_test_classes(tests)
    if classes:
        merged["note"] = (
            "pytest is not installed for this interpreter, so your tests ran without it: only "
            "test functions and unittest.TestCase classes are collected, and %s was left out."
            % ", ".join(classes))
    return TestRun(merged, "\n".join(outputs))


# -- judging ------------------------------------------------------------------------------------

def _first_problem(run: TestRun) -> str:
    if run.collect_errors:
        message = run.collect_errors[0].get("message", "").strip()
        return "the test file could not be loaded: " + (message.splitlines() or [""])[-1][:400]
    return "; ".join(t.describe() for t in run.failed[:3])


def require_tests(run: TestRun, where: str, hint: str) -> None:
    """Fails unless at least one test was collected and the files loaded."""
    if run.collect_errors:
        message = run.collect_errors[0].get("message", "").strip()
        fail("Your tests could not be loaded: " + (message.splitlines() or [""])[-1][:500],
             hint="Run the test file once yourself (open a terminal and run `python -m pytest %s`)"
                  " to see the whole error." % where, actual=message[-1500:])
    if not run.tests:
        extra = (" " + run.note) if run.note else ""
        fail("No tests were found in %s.%s" % (where, extra), hint=hint)


def expect_all_pass(run: TestRun, what: str, hint: str) -> None:
    """Fails, at the first failing test, unless every test passed against `what`."""
    if run.collect_errors or run.failed:
        first = run.failed[0] if run.failed else None
        fail("Against %s, %s." % (what, _first_problem(run)), hint=hint,
             at=first.at if first is not None and run.runner == "pytest" else None)


def expect_caught(run: TestRun, broken: str, hint: str, at: object = None) -> None:
    """Fails unless some test failed against a copy of the code where `broken`."""
    if not run.caught:
        fail("Every test still passed when %s." % broken, hint=hint, at=at)


def missing_module_hint(names: list) -> str:
    return ("Your tests import the code under test by module name (for example `from %s import ...`)."
            % names[0])
