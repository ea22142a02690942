"""The state of one harness run that the check API needs: the workspace and the running check."""
from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import List, Optional, Sequence

    from ._capture import OutputRecorder
    from ._workspace import Workspace


class CheckState:
    """What the API learns while one check runs."""

    def __init__(self, recorder: OutputRecorder) -> None:
        self.recorder = recorder
        #: The learner function most recently passed to call()/capture(), for locations.
        self.last_target: object = None
        #: Workspace-relative paths of the learner files this check imported.
        self.imported_files: List[str] = []


class Session:
    """One run of the harness over one check file and one workspace."""

    def __init__(self, workspace: Workspace, targets: Sequence[str], anchor: Optional[str]) -> None:
        self.workspace = workspace
        self.targets = list(targets)
        self.anchor = anchor
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
