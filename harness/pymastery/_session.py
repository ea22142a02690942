"""The state of one harness run that the check API needs: the workspace and the running check."""
from __future__ import annotations

import gc
import time

#: Clocks and switches taken at start, before learner code can replace them.
time_module = time
real_time = {name: getattr(time, name) for name in (
    "time", "time_ns", "monotonic", "monotonic_ns", "perf_counter", "perf_counter_ns", "sleep",
    "process_time")}
gc_enable = gc.enable
gc_disable = gc.disable
gc_isenabled = gc.isenabled

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Callable, Dict, List, Optional, Sequence, Tuple

    from ._capture import OutputRecorder
    from ._workspace import Workspace


class CheckState:
    """What the API learns while one check runs."""

    def __init__(self, recorder: OutputRecorder) -> None:
        self.recorder = recorder
        #: The learner function the check called last (through call()/capture(), or directly
        #: from a check file the harness compiled itself), for locations.
        self.last_target: object = None
        #: How many calls into learner functions the check has started.
        self.learner_calls = 0
        #: (call number, function, value) of the last learner call that returned to the check.
        self.last_result: Optional[Tuple[int, object, object]] = None
        #: (learner call number or None, callee) of the calls started at a call site of the
        #: check file and not yet returned, by site, newest last.
        self.pending_calls: Dict[int, Tuple[Optional[int], object]] = {}
        #: Which classes are the learner's, as (class, verdict) by id(class).
        self.class_verdicts: Dict[int, Tuple[type, bool]] = {}
        #: The learner's modules that were loaded when the check stopped (kept for judging it).
        self.learner_modules: List[object] = []
        #: Workspace-relative paths of the learner files this check imported.
        self.imported_files: List[str] = []
        #: (problem, what the learner's code had to do with it), once worked out.
        self.explained: Optional[Tuple[BaseException, object]] = None
        #: What to undo when the check ends (servers to stop, patches to take back), newest last.
        self.cleanups: List[Callable[[], None]] = []
        #: Temporary folders the check made, removed when it ends (also when time runs out).
        self.temp_folders: List[str] = []

    def run_cleanups(self) -> None:
        """Undoes what the check's helpers set up, newest first; never raises."""
        while self.cleanups:
            cleanup = self.cleanups.pop()
            try:
                cleanup()
            except BaseException:
                pass


class Session:
    """One run of the harness over one check file and one workspace."""

    def __init__(self, workspace: Workspace, targets: Sequence[str], anchor: Optional[str],
                 scratch: Optional[str] = None) -> None:
        self.workspace = workspace
        self.targets = list(targets)
        self.anchor = anchor
        #: A folder private to this run (the results file's), for temporary folders.
        self.scratch = scratch
        self.check: Optional[CheckState] = None


class _Active:
    """Holds the running session; an object (not a global) so restoring modules keeps it."""

    session: Optional[Session] = None


ACTIVE = _Active()


def active_session() -> Session:
    session = ACTIVE.session
    if session is None:
        raise RuntimeError("pymastery's functions work only inside a check run by the harness")
    return session


def active_check() -> CheckState:
    check = active_session().check
    if check is None:
        raise RuntimeError("pymastery's functions work only while a check runs")
    return check


def target_path(path: Optional[str], function: str) -> str:
    """`path`, or the milestone's first target file when `path` is None."""
    if path is not None:
        return path
    targets = active_session().targets
    if targets:
        return targets[0]
    from ._failures import CheckError

    raise CheckError(
        "%s() was called without a path, but this milestone names no file to check. Give the "
        "path, as in %s(\"app.py\"), or list the file under `files:` in lesson.yaml"
        % (function, function))
