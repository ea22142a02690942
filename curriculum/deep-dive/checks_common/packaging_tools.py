"""Helpers for the checks of project 9 (the learner's pkgcreator/ package): running the
learner's interpreter on a generated project, in a separate process."""
import os
import subprocess
import sys

from pymastery import fail


def run_python(args, cwd, pythonpath=None, timeout=60):
    """Runs `python *args` with the learner's interpreter in `cwd`; returns the finished
    process (text output). PYTHONPATH is `pythonpath` (or unset), so only what the check
    means to be importable is."""
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["PIP_ROOT_USER_ACTION"] = "ignore"
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    if pythonpath is not None:
        env["PYTHONPATH"] = os.fspath(pythonpath)
    try:
        return subprocess.run([sys.executable] + list(args), cwd=os.fspath(cwd), env=env,
                              stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, universal_newlines=True,
                              timeout=timeout)
    except subprocess.TimeoutExpired:
        fail("`python %s` did not finish within %d seconds" % (" ".join(args), timeout))


def has_pip():
    try:
        return subprocess.run([sys.executable, "-m", "pip", "--version"], stdin=subprocess.DEVNULL,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                              timeout=30).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False
