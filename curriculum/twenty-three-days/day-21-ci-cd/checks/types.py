"""Checks for the `types` milestone: pyproject.toml asks mypy for strict checking, and
versioning.py passes it (week3/day21)."""
import subprocess
import sys

from pymastery import expect, fail, learner_path, temp_folder
from pymastery.track.ci_tools import load_toml

ROOT = "week3/day21/"


def check_strict_settings():
    """[tool.mypy] in pyproject.toml asks for type hints everywhere"""
    mypy = (load_toml(ROOT + "pyproject.toml").get("tool") or {}).get("mypy")
    expect(isinstance(mypy, dict), "pyproject.toml has no [tool.mypy].", hint="Add a [tool.mypy] table.")
    expect(mypy.get("strict") is True or mypy.get("disallow_untyped_defs") is True,
           "[tool.mypy] does not ask for type hints everywhere, so mypy would skip unannotated functions.",
           hint="strict = true in [tool.mypy].")


def check_mypy_passes():
    """mypy, with your pyproject.toml settings, finds no error in versioning.py"""
    check_strict_settings()
    cache = temp_folder()  # mypy's cache goes here, not into your folder
    finished = subprocess.run([sys.executable, "-m", "mypy", "--config-file", "pyproject.toml",
                               "--cache-dir", cache.path(), "versioning.py"],
                              cwd=learner_path(ROOT), stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=100)
    output = finished.stdout.decode("utf-8", "replace").strip()
    if finished.returncode != 0:
        fail("mypy found problems in versioning.py:\n" + output[-1500:],
             hint="Open a terminal in week3/day21 and run `python -m mypy versioning.py`; annotate what it names, "
                  "and give every function its parameter and return types.")
