"""Nothing the learner's code starts outlives the run, not even a process that left the group.

The runner stops the harness's process group, but a child can leave it (`os.setsid()`,
`start_new_session=True`). On Linux the harness therefore makes itself a child subreaper: a
process orphaned anywhere below it is adopted by the harness instead of by init, so it stays
findable. Before the harness ends, it stops every process below it. Elsewhere only the process
group is stopped (see docs/check-api.md).
"""
from __future__ import annotations

import os
import signal
import sys


_PR_SET_CHILD_SUBREAPER = 36
_kill = os.kill
_getpid = os.getpid
_listdir = os.listdir


# Kept in a dict: after each check the sandbox puts this module's attributes back as they were,
# and this must outlast that.
_state = {"subreaper": None}  # type: dict


def become_subreaper() -> bool:
    """Asks Linux to give the harness the orphans of its descendants; False where it cannot.
    Done once, the first time the learner's code starts a process (see `guard_process_starts`):
    loading ctypes costs more than most checks take."""
    if _state["subreaper"] is None:
        _state["subreaper"] = False
        if sys.platform.startswith("linux"):
            try:
                import ctypes

                libc = ctypes.CDLL(None, use_errno=True)
                _state["subreaper"] = libc.prctl(_PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) == 0
            except Exception:
                _state["subreaper"] = False
    return bool(_state["subreaper"])


def _starting(function):  # type: ignore[no-untyped-def]
    def start(*args, **kwargs):  # type: ignore[no-untyped-def]
        become_subreaper()
        return function(*args, **kwargs)

    start.__name__ = getattr(function, "__name__", "start")
    start.__doc__ = getattr(function, "__doc__", None)
    return start


def guard_process_starts() -> list:
    """Makes every way Python starts a process become a subreaper first. Returns what it
    replaced, as (namespace, name, original), for the sandbox to put back."""
    if not sys.platform.startswith("linux") or _state["subreaper"] is not None:
        return []
    replaced = []
    places = [(os, name) for name in ("fork", "forkpty", "posix_spawn", "posix_spawnp")]
    posixsubprocess = sys.modules.get("_posixsubprocess")
    if posixsubprocess is None:
        try:
            import _posixsubprocess as posixsubprocess  # type: ignore[no-redef]
        except ImportError:
            posixsubprocess = None
    if posixsubprocess is not None:
        places.append((posixsubprocess, "fork_exec"))
    subprocess_module = sys.modules.get("subprocess")
    if subprocess_module is not None and hasattr(subprocess_module, "_fork_exec"):
        places.append((subprocess_module, "_fork_exec"))
    for namespace, name in places:
        original = getattr(namespace, name, None)
        if original is None:
            continue
        setattr(namespace, name, _starting(original))
        replaced.append((namespace, name, original))
    return replaced


def put_back(replaced: list) -> None:
    for namespace, name, original in replaced:
        setattr(namespace, name, original)


def descendants(root: int) -> list:
    """The live processes below `root`, from /proc; empty where there is no /proc."""
    children: dict = {}
    try:
        entries = _listdir("/proc")
    except OSError:
        return []
    for entry in entries:
        if not entry.isdigit():
            continue
        try:
            with open("/proc/%s/stat" % entry, "rb") as stat:
                fields = stat.read().rsplit(b")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if fields and fields[0] == b"Z":
            continue
        try:
            children.setdefault(int(fields[1]), []).append(int(entry))
        except (IndexError, ValueError):
            continue
    found: list = []
    stack = [root]
    while stack:
        for child in children.get(stack.pop(), []):
            found.append(child)
            stack.append(child)
    return found


def stop_descendants() -> None:
    """Kills every process below the harness, a few rounds over, for forks caught mid-way.
    Skipped when the learner's code started no process: reading /proc costs milliseconds."""
    if _state["subreaper"] is None:
        return
    me = _getpid()
    for _ in range(5):
        found = descendants(me)
        if not found:
            return
        for pid in found:
            try:
                _kill(pid, signal.SIGKILL)
            except OSError:
                pass
