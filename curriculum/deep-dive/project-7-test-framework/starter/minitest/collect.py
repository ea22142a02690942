"""Milestone 1: find the tests in a folder of files, and run one."""
from __future__ import annotations

import importlib.util
import inspect
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Optional

from minitest.rewrite import rewrite_asserts


@dataclass
class TestItem:
    """One test: where it lives and how to reach it."""

    file: str                   # path from the collected folder, with "/": "sub/test_io.py"
    name: str                   # "test_add", or "TestStack::test_push" for a method
    function: Callable          # the function (for a method: the plain function in the class)
    module: Any                 # the module the test file was loaded as
    cls: Optional[type] = None  # the class, for a method

    @property
    def nodeid(self) -> str:
        return f"{self.file}::{self.name}"


@dataclass
class Outcome:
    """What running one test gave."""

    status: str        # "passed", "failed" (an AssertionError) or "error" (any other exception)
    message: str = ""  # failed: str() of the AssertionError; error: "ValueError: bad value"
    seconds: float = 0.0


def load_test_module(path):
    """Load the test file at ``path`` as a new module (from milestone 4 on, its asserts
    rewritten by ``rewrite_asserts``).

    The module gets a name of its own (two files called test_util.py in different folders
    don't clash), and the file's folder is on ``sys.path`` while it loads, so it can import
    its neighbours.
    """
    # Milestone 1: importlib.util has spec_from_file_location and module_from_spec.
    # Milestone 4: compile the file's text with rewrite_asserts() and exec() the code.
    raise NotImplementedError("load_test_module() is not written yet")


def collect(folder) -> list:
    """Every test in the ``test_*.py`` files under ``folder`` (sub-folders too).

    Files come in the order of their paths; in a file, tests come in the order they are
    written. A test is a function named ``test_*`` defined in that file (not imported into
    it), or a method named ``test_*`` of a class named ``Test*`` defined in that file.
    """
    # Milestone 1
    raise NotImplementedError("collect() is not written yet")


def describe_error(error: BaseException) -> str:
    """The message an Outcome gives for an exception."""
    # Milestone 1
    raise NotImplementedError("describe_error() is not written yet")


def run_item(item: TestItem) -> Outcome:
    """Run a test that takes no arguments and say how it went; never raises.

    A method runs on a new instance of its class, made for that one test.
    """
    # Milestone 1
    raise NotImplementedError("run_item() is not written yet")
