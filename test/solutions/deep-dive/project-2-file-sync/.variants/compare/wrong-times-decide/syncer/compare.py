"""Tell how a destination differs from its source (milestone 2)."""

from __future__ import annotations

from syncer.model import Changes, Manifest


def compare(source: Manifest, dest: Manifest) -> Changes:
    """Sort every path of both manifests into new, modified, conflicts, deleted or unchanged.

    Content decides whether a file changed (the digests), never the times alone. When the
    contents differ, the newer side wins: a newer source is ``modified``, a newer (or
    equally old) destination is a ``conflict`` that a sync must not overwrite.
    """
    both = source.keys() & dest.keys()
    changes = Changes(
        new=sorted(source.keys() - dest.keys()),
        deleted=sorted(dest.keys() - source.keys()),
    )
    for path in sorted(both):
        mine, theirs = source[path], dest[path]
        if mine.mtime == theirs.mtime:
            changes.unchanged.append(path)
        elif mine.mtime > theirs.mtime:
            changes.modified.append(path)
        else:
            changes.conflicts.append(path)
    return changes
