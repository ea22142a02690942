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
        digest.update(file.read())
    return digest.hexdigest()


def scan(root: Union[str, Path]) -> Manifest:
    """Every regular file under ``root``, keyed by its path relative to ``root`` with "/".

    Symbolic links (to files or folders) are left out and never followed.
    """
    root = Path(root)
    manifest: Manifest = {}
    for folder, subfolders, files in os.walk(root):
        here = Path(folder)
        subfolders[:] = [name for name in subfolders if not (here / name).is_symlink()]
        for name in files:
            path = here / name
            if path.is_symlink() or not path.is_file():
                continue
            info = path.stat()
            manifest[path.relative_to(root).as_posix()] = FileInfo(
                info.st_size, info.st_mtime, file_digest(path))
    return manifest
