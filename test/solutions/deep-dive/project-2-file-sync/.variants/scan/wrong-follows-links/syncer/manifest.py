"""Scan a folder and fingerprint its files (milestone 1)."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Union

from syncer.model import FileInfo, Manifest

CHUNK = 64 * 1024


def file_digest(path: Union[str, Path], chunk_size: int = CHUNK) -> str:
    """The SHA-256 of the file's content as hex, read ``chunk_size`` bytes at a time."""
    digest = hashlib.sha256()
    with open(path, "rb") as file:
        for chunk in iter(lambda: file.read(chunk_size), b""):
            digest.update(chunk)
    return digest.hexdigest()


def scan(root: Union[str, Path]) -> Manifest:
    """Every regular file under ``root``, keyed by its path relative to ``root`` with "/".

    Symbolic links (to files or folders) are left out and never followed.
    """
    root = Path(root)
    return {
        path.relative_to(root).as_posix(): FileInfo(path.stat().st_size, path.stat().st_mtime,
                                                    file_digest(path))
        for path in root.rglob("*") if path.is_file()
    }
