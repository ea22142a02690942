"""Running the harness the way the extension does: as a subprocess writing a results file."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import unittest
from typing import Optional

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.join(HERE, "fixtures")
REPOSITORY = os.path.dirname(os.path.dirname(HERE))
HARNESS = os.path.join(REPOSITORY, "harness", "run_checks.py")


def check_file(name: str) -> str:
    return os.path.join(FIXTURES, "checks", name)


class HarnessRun:
    """What one harness process left behind."""

    def __init__(self, returncode: int, stdout: str, stderr: str, results_path: str,
                 seconds: float) -> None:
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr
        self.results_path = results_path
        self.seconds = seconds
        self.document = None
        if os.path.exists(results_path):
            with open(results_path, encoding="utf-8") as results:
                self.document = json.load(results)
        fault_path = results_path + ".fault"
        self.fault = None
        if os.path.exists(fault_path):
            with open(fault_path, encoding="utf-8", errors="replace") as fault:
                self.fault = fault.read()

    @property
    def status(self) -> str:
        return self.document["status"]

    @property
    def checks(self) -> list:
        return self.document["checks"]

    def check(self, name: str) -> dict:
        """The result of the check called `name`."""
        for entry in self.document["checks"]:
            if entry["name"] == name:
                return entry
        raise AssertionError("no check named %r; checks: %r"
                             % (name, [c["name"] for c in self.document["checks"]]))


class HarnessTestCase(unittest.TestCase):
    """Copies a fixture workspace into a temporary folder and runs the harness on it."""

    maxDiff = None

    def setUp(self) -> None:
        self.scratch = tempfile.mkdtemp(prefix="pymastery-test-")
        self.addCleanup(shutil.rmtree, self.scratch, True)

    def workspace(self, fixture: str, folder_name: str = "workspace") -> str:
        """A fresh copy of fixtures/workspaces/<fixture> to run the checks against."""
        target = os.path.join(self.scratch, folder_name)
        shutil.copytree(os.path.join(FIXTURES, "workspaces", fixture), target)
        return target

    def run_harness(self, check: str, workspace: str, *extra: str, timeout: float = 60,
                    results: str = "", python: str = "",
                    environment: Optional[dict] = None) -> HarnessRun:
        results = results or os.path.join(self.scratch, "results.json")
        command = [python or sys.executable, HARNESS, "--milestone", check,
                   "--workspace", workspace, "--results", results, *extra]
        environment = dict(os.environ, PYTHONIOENCODING="utf-8", **(environment or {}))
        started = time.perf_counter()
        process = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                 timeout=timeout, env=environment)
        seconds = time.perf_counter() - started
        return HarnessRun(process.returncode, process.stdout.decode("utf-8", "replace"),
                          process.stderr.decode("utf-8", "replace"), results, seconds)

    def assertLocation(self, entry: dict, file: str, line: int, column: object = None) -> None:
        location = entry.get("location")
        self.assertIsNotNone(location, "no location in %r" % (entry,))
        self.assertEqual(location["file"], file)
        self.assertEqual(location["line"], line, entry)
        if column is not None:
            if isinstance(column, int):
                self.assertEqual(location["column"], column, entry)
            else:
                self.assertIn(location["column"], column, entry)
