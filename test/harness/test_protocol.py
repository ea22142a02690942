"""The command line, the results file's shape, and the gate for Pythons that are too old."""
import glob
import importlib.util
import os
import shutil
import subprocess
import sys
import unittest

from support import HARNESS, HarnessTestCase, check_file

TOOL = "week1/day1/typeinspector.py"
CHECK_KEYS = {"name", "status", "message", "hint", "expected", "actual", "output", "duration_ms",
              "location"}


def load_entry_point():
    """run_checks.py as a module, for its pure version-gate functions."""
    spec = importlib.util.spec_from_file_location("run_checks_under_test", HARNESS)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _contains_null(value: object) -> bool:
    if value is None:
        return True
    if isinstance(value, dict):
        return any(_contains_null(item) for item in value.values())
    if isinstance(value, list):
        return any(_contains_null(item) for item in value)
    return False


class ResultsShapeTest(HarnessTestCase):
    def test_passing_run(self) -> None:
        run = self.run_harness(check_file("passing.py"), self.workspace("typical"),
                               "--target", TOOL, "--timeout", "30")
        self.assertEqual(run.returncode, 0, run.stderr)
        self.assertEqual(run.stdout, "")
        document = run.document
        self.assertEqual(set(document), {"version", "status", "duration_ms", "python",
                                         "complete", "checks"})
        self.assertEqual(document["version"], 1)
        self.assertEqual(document["status"], "pass")
        self.assertIs(document["complete"], True)
        self.assertEqual(document["python"]["executable"], sys.executable)
        self.assertEqual(document["python"]["version"], "%d.%d.%d" % sys.version_info[:3])
        self.assertEqual([(c["name"], c["status"]) for c in run.checks],
                         [("inspect_value names the type", "pass"),
                          ("check skipped does not fail the run", "skip")])
        self.assertFalse(os.path.exists(run.results_path + ".%d.tmp" % 0))
        self.assertEqual(run.fault, "")

    def test_every_key_is_known_and_none_is_null(self) -> None:
        run = self.run_harness(check_file("api.py"), self.workspace("typical"), "--target", TOOL)
        self.assertFalse(_contains_null(run.document))
        for entry in run.checks:
            self.assertLessEqual(set(entry), CHECK_KEYS)
            self.assertIn(entry["status"], ("pass", "fail", "error", "skip"))
            if "location" in entry:
                location = entry["location"]
                self.assertEqual(set(location), {"file", "line", "column"})
                self.assertNotIn("\\", location["file"])
                self.assertFalse(os.path.isabs(location["file"]))
                self.assertGreaterEqual(location["line"], 1)
                self.assertGreaterEqual(location["column"], 0)
        leftovers = [name for name in os.listdir(self.scratch) if name.endswith(".tmp")]
        self.assertEqual(leftovers, [])

    def test_learner_setting_for_bytecode_files_is_respected(self) -> None:
        workspace = self.workspace("typical")
        run = self.run_harness(check_file("api.py"), workspace,
                               environment={"PYTHONDONTWRITEBYTECODE": "1"})
        self.assertEqual(run.check("check sibling import")["status"], "pass")
        self.assertFalse(os.path.exists(os.path.join(workspace, "week1", "day1", "__pycache__")))

    def test_equals_form_of_options(self) -> None:
        workspace = self.workspace("typical")
        results = os.path.join(self.scratch, "r.json")
        process = subprocess.run([sys.executable, HARNESS,
                                  "--milestone=" + check_file("passing.py"),
                                  "--workspace=" + workspace, "--results=" + results])
        self.assertEqual(process.returncode, 0)
        self.assertTrue(os.path.exists(results))


class CommandLineTest(HarnessTestCase):
    def run_command(self, *arguments: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, HARNESS, *arguments], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE)

    def test_missing_required_option_is_a_usage_error(self) -> None:
        process = self.run_command("--milestone", check_file("passing.py"), "--workspace",
                                   self.scratch)
        self.assertEqual(process.returncode, 2)
        self.assertIn(b"--results is required", process.stderr)
        self.assertEqual(process.stdout, b"")

    def test_unknown_option_and_bad_timeout(self) -> None:
        self.assertEqual(self.run_command("--bogus", "1").returncode, 2)
        process = self.run_command("--milestone", "x", "--workspace", "y", "--results",
                                   os.path.join(self.scratch, "r.json"), "--timeout", "soon")
        self.assertEqual(process.returncode, 2)
        self.assertIn(b"--timeout", process.stderr)

    def test_missing_results_folder_is_a_usage_error(self) -> None:
        process = self.run_command("--milestone", check_file("passing.py"), "--workspace",
                                   self.scratch, "--results",
                                   os.path.join(self.scratch, "nowhere", "r.json"))
        self.assertEqual(process.returncode, 2)
        self.assertIn(b"--results does not exist", process.stderr)

    def test_missing_workspace_is_reported_in_the_results(self) -> None:
        run = self.run_harness(check_file("passing.py"), os.path.join(self.scratch, "nowhere"))
        self.assertEqual(run.returncode, 0)
        self.assertEqual(run.status, "error")
        self.assertIn("does not exist", run.checks[0]["message"])


class VersionGateTest(unittest.TestCase):
    def setUp(self) -> None:
        self.entry_point = load_entry_point()

    def test_versions_below_3_8_are_too_old(self) -> None:
        too_old = self.entry_point.python_is_too_old
        self.assertTrue(too_old((2, 7, 18, "final", 0)))
        self.assertTrue(too_old((3, 7, 16)))
        self.assertFalse(too_old((3, 8, 0)))
        self.assertFalse(too_old(sys.version_info))

    def test_too_old_results_name_the_version(self) -> None:
        document = self.entry_point.too_old_results((3, 6, 15, "final", 0), "/opt/py36/python")
        self.assertEqual(document["status"], "error")
        self.assertTrue(document["complete"])
        self.assertEqual(document["python"], {"executable": "/opt/py36/python",
                                              "version": "3.6.15"})
        [check] = document["checks"]
        self.assertEqual(check["status"], "error")
        self.assertIn("Python 3.6.15 is too old", check["message"])
        self.assertIn("3.8 or newer", check["message"])

    def test_results_path_is_found_without_the_harness(self) -> None:
        find = self.entry_point.results_path
        self.assertEqual(find(["--workspace", "w", "--results", "r.json"]), "r.json")
        self.assertEqual(find(["--results=r.json"]), "r.json")
        self.assertIsNone(find(["--workspace", "w"]))


HEAVY_MODULES = {"ast", "unittest", "inspect", "json", "re", "typing"}
#: The API's helper modules, imported only when a check uses one of their names.
LAZY_HELPERS = {"pymastery._programs", "pymastery._folders", "pymastery._servers",
                "pymastery._clock", "pymastery._probes", "http.server", "threading",
                "tracemalloc", "traceback"}


class StartUpImportsTest(HarnessTestCase):
    def test_a_passing_run_of_check_functions_imports_no_heavy_module(self) -> None:
        workspace = self.workspace("typical")
        results = os.path.join(self.scratch, "results.json")
        # -S: without site, whatever a .pth file imports does not hide what the harness imports
        process = subprocess.run(
            [sys.executable, "-S", "-X", "importtime", HARNESS, "--milestone",
             check_file("passing.py"), "--workspace", workspace, "--results", results,
             "--target", TOOL],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self.assertEqual(process.returncode, 0, process.stderr)
        with open(results, encoding="utf-8") as produced:
            self.assertIn('"status":"pass"', produced.read())
        imported = {line.rpartition("|")[2].strip() for line in
                    process.stderr.decode("utf-8", "replace").splitlines()
                    if line.startswith("import time:")}
        self.assertIn("pymastery._runner", imported)
        self.assertEqual(imported & HEAVY_MODULES, set())
        self.assertEqual(imported & LAZY_HELPERS, set())


def _old_pythons() -> list:
    """Interpreters older than 3.8 found on this machine (pyenv installs or on PATH)."""
    candidates = [shutil.which(name) for name in ("python2.7", "python3.6", "python3.7")]
    pyenv_root = os.environ.get("PYENV_ROOT") or os.path.expanduser("~/.pyenv")
    for pattern in ("2.7*", "3.6*", "3.7*"):
        candidates += sorted(glob.glob(os.path.join(pyenv_root, "versions", pattern, "bin",
                                                    "python")))
    found = []
    for path in candidates:
        if path and path not in found:
            probe = subprocess.run([path, "-c", "print(1)"], stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE)
            if probe.returncode == 0:
                found.append(path)
    return found


class OldPythonTest(HarnessTestCase):
    def test_old_interpreters_get_a_clear_error(self) -> None:
        pythons = _old_pythons()
        if not pythons:
            self.skipTest("no Python older than 3.8 installed")
        for python in pythons:
            with self.subTest(python=python):
                results = os.path.join(self.scratch, os.path.basename(python) + ".json")
                run = self.run_harness(check_file("passing.py"), self.scratch, results=results,
                                       python=python)
                self.assertEqual(run.returncode, 3, run.stderr)
                self.assertEqual(run.status, "error")
                self.assertIn("is too old", run.checks[0]["message"])
                self.assertRegex(run.checks[0]["message"], r"Python [23]\.\d+\.\d+ is too old")
