"""Bring the destination in step with the source (milestone 3)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Callable, Optional, Union

from syncer.compare import compare
from syncer.manifest import scan
from syncer.model import SyncResult

Progress = Callable[[str, int, int], None]


def _copy(source: Path, target: Path) -> None:
    """Copy with contents and times, through a temporary name, so a crash leaves no half file."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    shutil.copy(source, partial)
    os.replace(partial, target)


def sync(source: Union[str, Path], dest: Union[str, Path], *, dry_run: bool = False,
         delete: bool = False, progress: Optional[Progress] = None) -> SyncResult:
    """Copy new and modified files from ``source`` to ``dest`` and return what was done.

    Unchanged files are not touched. Conflicts (the copy in ``dest`` is newer) are left
    alone and listed. Files only in ``dest`` are removed only when ``delete`` is true.
    Copies keep the source's modification time, so the next sync finds them unchanged.
    With ``dry_run`` nothing is written or removed, and the result says what would be.
    After each copied file, ``progress(path, bytes_so_far, bytes_in_total)`` is called.
    """
    source, dest = Path(source), Path(dest)
    here = scan(source)
    changes = compare(here, scan(dest) if dest.exists() else {})
    to_copy = changes.new + changes.modified
    total = sum(here[path].size for path in to_copy)
    result = SyncResult(copied=sorted(to_copy), conflicts=list(changes.conflicts),
                        deleted=list(changes.deleted) if delete else [], bytes_copied=total)
    if dry_run:
        return result
    done = 0
    for path in result.copied:
        _copy(source / path, dest / path)
        done += here[path].size
        if progress is not None:
            progress(path, done, total)
    for path in result.deleted:
        (dest / path).unlink()
    return result
