"""The records the parts of syncer hand each other (given: nothing to write here)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict, List, NamedTuple


class FileInfo(NamedTuple):
    size: int        # bytes
    mtime: float     # last modification, seconds since the epoch (os.stat().st_mtime)
    digest: str      # SHA-256 of the content, as 64 hex digits


#: Relative path with "/" between folders ("photos/cat.jpg") -> what we know of that file.
Manifest = Dict[str, FileInfo]


@dataclass
class Changes:
    """How a destination differs from its source; each list is sorted."""
    new: List[str] = field(default_factory=list)         # only in the source
    modified: List[str] = field(default_factory=list)    # different, the source is newer
    conflicts: List[str] = field(default_factory=list)   # different, the destination is newer
    deleted: List[str] = field(default_factory=list)     # only in the destination
    unchanged: List[str] = field(default_factory=list)   # same content in both


@dataclass
class SyncResult:
    """What a sync did (or, for a dry run, would do); each list is sorted."""
    copied: List[str] = field(default_factory=list)
    deleted: List[str] = field(default_factory=list)
    conflicts: List[str] = field(default_factory=list)   # left alone
    bytes_copied: int = 0
