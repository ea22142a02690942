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
    """Load the test file at ``path`` as a new module, its asserts rewritten.

    The module gets a name of its own (two files called test_util.py in different folders
    don't clash), and the file's folder is on ``sys.path`` while it loads, so it can import
    its neighbours.
    """
    path = Path(path).resolve()
    name = "minitest_" + "_".join(part.replace(".", "_") for part in path.parts[-3:])
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    code = rewrite_asserts(path.read_text(encoding="utf-8"), str(path))
    sys.path.insert(0, str(path.parent))
    sys.modules[name] = module
    try:
        exec(code, module.__dict__)
    except BaseException:
        del sys.modules[name]
        raise
    finally:
        sys.path.remove(str(path.parent))
    return module


def _defined_here(obj, module) -> bool:
    return getattr(obj, "__module__", None) == module.__name__


def collect(folder) -> list:
    """Every test in the ``test_*.py`` files under ``folder`` (sub-folders too).

    Files come in the order of their paths; in a file, tests come in the order they are
    written. A test is a function named ``test_*`` defined in that file (not imported into
    it), or a method named ``test_*`` of a class named ``Test*`` defined in that file.
    """
    root = Path(folder)
    items = []
    for path in sorted(root.rglob("test_*.py"), key=lambda p: p.relative_to(root).as_posix()):
        module = load_test_module(path)
        file = path.relative_to(root).as_posix()
        for name, obj in vars(module).items():
            if not _defined_here(obj, module):
                continue
            if name.startswith("test_") and inspect.isfunction(obj):
                items.append(TestItem(file, name, obj, module))
            elif name.startswith("Test") and inspect.isclass(obj):
                for method_name, method in vars(obj).items():
                    if method_name.startswith("test_") and inspect.isfunction(method):
                        items.append(TestItem(file, f"{name}::{method_name}", method, module, obj))
    return items


def describe_error(error: BaseException) -> str:
    """The message an Outcome gives for an exception."""
    if isinstance(error, AssertionError):
        return str(error)
    return f"{type(error).__name__}: {error}"


def run_item(item: TestItem) -> Outcome:
    """Run a test that takes no arguments and say how it went; never raises.

    A method runs on a new instance of its class, made for that one test.
    """
    start = time.perf_counter()
    try:
        if item.cls is None:
            item.function()
        else:
            getattr(item.cls(), item.function.__name__)()
    except AssertionError as error:
        return Outcome("failed", describe_error(error), time.perf_counter() - start)
    except Exception as error:
        return Outcome("error", describe_error(error), time.perf_counter() - start)
    return Outcome("passed", "", time.perf_counter() - start)
