"""The results file: its shape (docs/check-api.md), its JSON, and writing it safely.

Everything here runs after learner code may have replaced builtins or patched `os` and `json`,
so the functions it relies on are taken at import (harness start), and the JSON is produced here
rather than by the `json` module.
"""
from __future__ import annotations

import os
import sys

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import List, Optional

    from ._locations import Location

RESULTS_VERSION = 1

_os_open = os.open
_os_write = os.write
_os_close = os.close
_os_replace = os.replace
_os_unlink = os.unlink
_os_getpid = os.getpid
_os_exit = os._exit
_WRITE_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0)

_INFINITY = float("inf")
_STRING_ESCAPES = {code: "\\u%04x" % code for code in range(0x20)}
_STRING_ESCAPES.update({ord('"'): '\\"', ord("\\"): "\\\\", ord("\n"): "\\n", ord("\r"): "\\r",
                        ord("\t"): "\\t"})


def to_json(value: object) -> str:
    """Compact JSON for the plain values results are made of (dict, list, str, numbers)."""
    kind = type(value)
    if kind is str:
        return '"' + value.translate(_STRING_ESCAPES) + '"'  # type: ignore[union-attr]
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if kind is int:
        return int.__repr__(value)  # type: ignore[arg-type]
    if kind is float:
        finite = value == value and abs(value) != _INFINITY  # type: ignore[arg-type]
        return float.__repr__(value) if finite else "null"  # type: ignore[arg-type]
    if kind is dict:
        return "{" + ",".join(
            to_json(key) + ":" + to_json(item) for key, item in value.items()  # type: ignore
        ) + "}"
    if kind is list or kind is tuple:
        return "[" + ",".join(to_json(item) for item in value) + "]"  # type: ignore
    raise TypeError("results hold no %s values" % kind.__name__)


def encode_results(document: dict) -> bytes:
    """The results file's bytes: UTF-8; a lone surrogate (from undecodable output) as \\udXXX."""
    return to_json(document).encode("utf-8", "backslashreplace")


class ResultsFile:
    """The results file, replaced whole on every write so a reader never sees half of one."""

    def __init__(self, path: str) -> None:
        self.path = path
        self._owner = _os_getpid()
        self._temporary = "%s.%d.tmp" % (path, self._owner)

    def write(self, document: dict) -> None:
        if _os_getpid() != self._owner:
            # A process the learner's code forked has returned into the harness: only the
            # process that started the run may report, so the copy ends here, silently.
            _os_exit(0)
        data = encode_results(document)
        descriptor = _os_open(self._temporary, _WRITE_FLAGS, 0o644)
        try:
            view = memoryview(data)
            while view:
                view = view[_os_write(descriptor, view):]
        finally:
            _os_close(descriptor)
        _os_replace(self._temporary, self.path)


class CheckResult:
    """One check's entry in the results."""

    __slots__ = ("name", "status", "message", "hint", "expected", "actual", "output",
                 "duration_ms", "location")

    def __init__(self, name: str, status: str = "pass") -> None:
        self.name = name
        self.status = status
        self.message: Optional[str] = None
        self.hint: Optional[str] = None
        self.expected: Optional[str] = None
        self.actual: Optional[str] = None
        self.output: Optional[str] = None
        self.duration_ms: Optional[float] = None
        self.location: Optional[Location] = None

    def as_dict(self) -> dict:
        """The entry, leaving out keys without a value (the schema makes them optional)."""
        entry: dict = {"name": _clean(self.name), "status": self.status}
        for key in ("message", "hint", "expected", "actual", "output"):
            value = getattr(self, key)
            if value:
                entry[key] = _clean(value)
        if self.duration_ms is not None:
            entry["duration_ms"] = round(self.duration_ms, 3)
        if self.location is not None:
            entry["location"] = self.location.as_dict()
        return entry


def _clean(value: object) -> str:
    return value if type(value) is str else str(value)


class Report:
    """The whole results document as it grows check by check."""

    def __init__(self) -> None:
        self.checks: List[CheckResult] = []
        self.timed_out = False

    def status(self) -> str:
        """pass / fail / error / timeout for the run, from its checks."""
        if self.timed_out:
            return "timeout"
        statuses = {check.status for check in self.checks}
        if "error" in statuses:
            return "error"
        if "fail" in statuses:
            return "fail"
        return "pass"

    def document(self, duration_ms: float, complete: bool) -> dict:
        return {
            "version": RESULTS_VERSION,
            "status": self.status(),
            "duration_ms": round(duration_ms, 3),
            "python": dict(PYTHON),
            "complete": complete,
            "checks": [check.as_dict() for check in self.checks],
        }


PYTHON = {
    "executable": sys.executable or "",
    "version": "%d.%d.%d" % tuple(sys.version_info[:3]),
}
