"""Running learner code so that what it changes in the interpreter does not outlast a check.

While a check runs, stdout/stderr are captured, stdin gives no input, `os._exit` raises
instead of ending the process, and the learner's own PYTHONDONTWRITEBYTECODE setting applies. Afterwards the harness puts back `builtins`, `sys`, `os`, its own
modules, sys.path, the working directory and the environment, and forgets the learner's modules
so the next check imports them fresh.
"""
from __future__ import annotations

import builtins
import os
import sys

from ._capture import CapturedStream, NoInput
from ._failures import LearnerExit
from ._reaper import guard_process_starts, put_back

try:  # os._exit's own module: guarded too, or `posix._exit` would end the run unseen.
    import posix as _posix
except ImportError:  # Windows
    _posix = None  # type: ignore[assignment]

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Dict, List, Tuple

    from ._capture import OutputRecorder
    from ._workspace import Workspace

_getcwd = os.getcwd
_chdir = os.chdir


def _exit_from_learner_code(code: object = 0) -> None:
    """Stands in for os._exit while a check runs."""
    raise LearnerExit(code)


def _environment_snapshot() -> dict:
    """The process environment as a plain dict (os.environ's own, undecoded, when it has one)."""
    data = getattr(os.environ, "_data", None)
    return dict(data) if isinstance(data, dict) else dict(os.environ)


def _decode(value: object) -> str:
    return os.fsdecode(value) if isinstance(value, bytes) else value  # type: ignore[return-value]


def _guarded_modules() -> list:
    """Modules whose attributes learner code might replace and the harness relies on."""
    modules = [builtins, sys, os, os.path]
    if _posix is not None:
        modules.append(_posix)
    modules += [m for name, m in sys.modules.items()
                if name == "pymastery" or name.startswith("pymastery.")]
    return modules


def _harness_classes(modules: list) -> list:
    """The classes the harness's own modules define (learner code could patch their methods)."""
    return [
        value
        for module in modules
        if getattr(module, "__name__", "").startswith("pymastery")
        for value in list(vars(module).values())
        if isinstance(value, type) and getattr(value, "__module__", "").startswith("pymastery")
    ]


class Sandbox:
    """Snapshots the interpreter once, then restores it after every check."""

    def __init__(self, workspace: Workspace, learner_dont_write_bytecode: bool = False) -> None:
        self._workspace = workspace
        self._learner_dont_write_bytecode = learner_dont_write_bytecode
        self._process_guards: list = []
        self._modules: Dict[str, object] = dict(sys.modules)
        self._path: List[str] = list(sys.path)
        self._cwd = _getcwd()
        self._environ = _environment_snapshot()
        self._recursion_limit = sys.getrecursionlimit()
        guarded = _guarded_modules()
        self._namespaces: List[Tuple[dict, dict]] = [
            (vars(module), dict(vars(module))) for module in guarded
        ]
        self._classes: List[Tuple[type, dict]] = [
            (cls, dict(vars(cls))) for cls in _harness_classes(guarded)
        ]

    def enter(self, recorder: OutputRecorder) -> None:
        """Sets up the interpreter for one check whose output goes to `recorder`."""
        sys.stdout = CapturedStream(recorder, 0, "<stdout>")
        sys.stderr = CapturedStream(recorder, 1, "<stderr>")
        sys.stdin = NoInput()
        sys.dont_write_bytecode = self._learner_dont_write_bytecode
        os._exit = _exit_from_learner_code
        if _posix is not None:
            _posix._exit = _exit_from_learner_code
        self._process_guards = guard_process_starts()

    def leave(self) -> None:
        """Puts back everything `enter` and the check's code changed."""
        put_back(self._process_guards)
        self._process_guards = []
        self.restore_namespaces()
        sys.settrace(None)
        sys.setprofile(None)
        sys.path[:] = self._path
        self._forget_learner_modules()
        if _getcwd() != self._cwd:
            _chdir(self._cwd)
        if _environment_snapshot() != self._environ:
            os.environ.clear()
            os.environ.update({_decode(k): _decode(v) for k, v in self._environ.items()})
        sys.setrecursionlimit(self._recursion_limit)

    def restore_namespaces(self) -> None:
        """Puts back the attributes of builtins, sys, os and the harness's own modules.

        The watchdog calls this too, before it writes the results of a run that timed out.
        """
        for namespace, saved in self._namespaces:
            for key in [key for key in namespace if key not in saved]:
                del namespace[key]
            namespace.update(saved)
        for cls, saved in self._classes:
            current = vars(cls)
            for key in [key for key in current if key not in saved]:
                delattr(cls, key)
            for key, value in saved.items():
                if current.get(key) is not value and key not in ("__dict__", "__weakref__"):
                    setattr(cls, key, value)

    def _forget_learner_modules(self) -> None:
        owns_module = self._workspace.owns_module
        for name, module in list(sys.modules.items()):
            if self._modules.get(name) is not module and owns_module(module):
                del sys.modules[name]
        for name, module in self._modules.items():
            if sys.modules.get(name) is not module:
                sys.modules[name] = module
