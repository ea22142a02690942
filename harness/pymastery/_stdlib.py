"""Importing a standard-library module late, after the learner's workspace is on sys.path.

The harness imports what every run needs before the workspace goes on sys.path. A few modules
(`ast`, for instance) are only needed on some runs; importing them later must still find the
standard library's module, not a learner file with the same name such as `ast.py`.
"""
from __future__ import annotations

import os
import sys

TYPE_CHECKING = False
if TYPE_CHECKING:
    from types import ModuleType

_STARTUP_PATH = list(sys.path)
_TRUSTED_DIRS = tuple(
    os.path.normcase(os.path.dirname(os.path.abspath(module.__file__))) + os.sep
    for module in (os, sys.modules[__name__.rpartition(".")[0]])
)


def _is_trusted(module: object) -> bool:
    filename = getattr(module, "__file__", None)
    if filename is None:
        return True
    try:
        return os.path.normcase(os.path.abspath(filename)).startswith(_TRUSTED_DIRS)
    except Exception:
        return False


def import_stdlib(name: str) -> ModuleType:
    """Imports the standard-library module `name`, never a learner module of that name."""
    module = sys.modules.get(name)
    if module is not None and _is_trusted(module):
        return module
    hidden = {key: value for key, value in list(sys.modules.items()) if not _is_trusted(value)}
    saved_path = sys.path[:]
    for key in hidden:
        del sys.modules[key]
    sys.path[:] = _STARTUP_PATH
    try:
        __import__(name)
        return sys.modules[name]
    finally:
        sys.path[:] = saved_path
        for key, value in hidden.items():
            sys.modules.setdefault(key, value)
