"""Which files belong to the learner, and how to name them in results."""
from __future__ import annotations

import os
import sys

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Dict, Iterable, List


def _as_prefix(path: str) -> str:
    path = os.path.normcase(path)
    return path if path.endswith(os.sep) else path + os.sep


class Workspace:
    """The learner's workspace folder.

    A file is the learner's when it lies inside the folder and is not part of an installed
    environment (a `.venv` inside the workspace), the harness, or the check file.
    """

    def __init__(self, root: str, not_learner: Iterable[str] = ()) -> None:
        self.root = os.path.abspath(root)
        real_root = os.path.realpath(self.root)
        self._roots = sorted({_as_prefix(self.root), _as_prefix(real_root)})
        environments = {sys.prefix, sys.exec_prefix, getattr(sys, "base_prefix", sys.prefix)}
        self._excluded: List[str] = [_as_prefix(os.path.abspath(p)) for p in environments]
        self._excluded_files = set()
        for path in not_learner:
            if os.path.isdir(path):
                self._excluded.append(_as_prefix(os.path.abspath(path)))
            else:
                self._excluded_files.add(os.path.normcase(os.path.abspath(path)))
        self._verdicts: Dict[str, bool] = {}

    def owns(self, filename: object) -> bool:
        """Whether `filename` (a code object's file, say) is one of the learner's files."""
        if not isinstance(filename, str) or not filename or filename.startswith("<"):
            return False
        verdict = self._verdicts.get(filename)
        if verdict is None:
            verdict = self._decide(filename)
            self._verdicts[filename] = verdict
        return verdict

    def _decide(self, filename: str) -> bool:
        path = os.path.normcase(os.path.abspath(filename))
        if path in self._excluded_files:
            return False
        if not any(path.startswith(root) for root in self._roots):
            return False
        if any(path.startswith(prefix) for prefix in self._excluded):
            return False
        parts = path.split(os.sep)
        return "site-packages" not in parts and "dist-packages" not in parts

    def resolve(self, relative_path: str) -> str:
        """The absolute path of a workspace file named relative to the workspace."""
        return os.path.normpath(os.path.join(self.root, relative_path))

    def relative(self, filename: str) -> str:
        """`filename` relative to the workspace, with forward slashes, as results name files."""
        path = os.path.abspath(filename)
        for root in (self.root, os.path.realpath(self.root)):
            prefix = _as_prefix(root)
            if os.path.normcase(path).startswith(prefix):
                return path[len(prefix):].replace(os.sep, "/")
        return os.path.relpath(path, self.root).replace(os.sep, "/")

    def owns_module(self, module: object) -> bool:
        """Whether a module in `sys.modules` was loaded from the learner's files."""
        try:
            filename = getattr(module, "__file__", None)
            if filename is not None:
                return self.owns(filename)
            search_path = getattr(module, "__path__", None)
            return search_path is not None and any(self.owns(p) for p in list(search_path))
        except Exception:
            return False

    def defines(self, target: object) -> bool:
        """Whether `target` is (or wraps) a function or class defined in the learner's files."""
        target = unwrap_callable(target)
        if isinstance(target, type):
            module = sys.modules.get(target.__module__)
            if self.owns(getattr(module, "__file__", None)):
                return True
            return any(
                self.owns(getattr(getattr(unwrap_callable(m), "__code__", None), "co_filename",
                                  None))
                for m in list(vars(target).values())
            )
        code = getattr(target, "__code__", None)
        return code is not None and self.owns(code.co_filename)


def unwrap_callable(target: object) -> object:
    """The function behind decorators, bound methods, partials and callable objects."""
    for _ in range(50):
        if hasattr(target, "__code__") and not hasattr(target, "__wrapped__"):
            return target
        if hasattr(target, "__wrapped__"):
            target = target.__wrapped__
        elif hasattr(target, "__func__"):
            target = target.__func__
        elif hasattr(target, "func") and hasattr(target, "keywords"):
            target = target.func  # functools.partial
        elif not isinstance(target, type) and not hasattr(target, "__code__") and callable(target):
            target = type(target)
        else:
            return target
    return target
