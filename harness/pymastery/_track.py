"""A track's shared check helpers, imported by checks as `pymastery.track`.

A track may hold a `checks_common/` package beside its `track.yaml`. While the checks of one of
its lessons run, `pymastery.track` *is* that package (and `pymastery.track.<module>` its
modules). The track is found by walking up from the check file to the folder that holds
`track.yaml`, so a check only ever reaches its own track's helpers, and the name can't collide
with a learner's module or the standard library.
"""
from __future__ import annotations

import os
import sys

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Optional

TRACK_FILE = "track.yaml"
HELPERS_FOLDER = "checks_common"
MODULE_NAME = __name__.rpartition(".")[0] + ".track"


def find_track_folder(check_file: str) -> Optional[str]:
    """The nearest folder above `check_file` that holds a track.yaml, or None."""
    folder = os.path.dirname(os.path.abspath(check_file))
    while True:
        if os.path.isfile(os.path.join(folder, TRACK_FILE)):
            return folder
        parent = os.path.dirname(folder)
        if parent == folder:
            return None
        folder = parent


class TrackHelpersFinder:
    """An import finder that answers `pymastery.track` with the track's checks_common package."""

    def __init__(self, track_folder: Optional[str]) -> None:
        self.track_folder = track_folder

    def find_spec(self, name: str, path: object = None, target: object = None) -> object:
        if name != MODULE_NAME:
            return None
        if self.track_folder is None:
            raise ModuleNotFoundError(
                "%s is the track's %s folder, but no %s was found in the folders above the "
                "check file" % (MODULE_NAME, HELPERS_FOLDER, TRACK_FILE), name=name)
        package = os.path.join(self.track_folder, HELPERS_FOLDER)
        init = os.path.join(package, "__init__.py")
        if not os.path.isfile(init):
            raise ModuleNotFoundError(
                "%s is the track's %s folder, but %s has no %s/__init__.py"
                % (MODULE_NAME, HELPERS_FOLDER, self.track_folder, HELPERS_FOLDER), name=name)
        from ._stdlib import import_stdlib

        util = import_stdlib("importlib.util")
        return util.spec_from_file_location(name, init, submodule_search_locations=[package])

    def invalidate_caches(self) -> None:
        pass


def install_track_helpers(track_folder: Optional[str]) -> None:
    """Makes `pymastery.track` importable for the rest of the run."""
    sys.meta_path.insert(0, TrackHelpersFinder(track_folder))
