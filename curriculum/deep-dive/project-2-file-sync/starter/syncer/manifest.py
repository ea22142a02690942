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
    raise NotImplementedError("file_digest() is not written yet")


def scan(root: Union[str, Path]) -> Manifest:
    """Every regular file under ``root``, keyed by its path relative to ``root`` with "/".

    Symbolic links (to files or folders) are left out and never followed.
    """
    raise NotImplementedError("scan() is not written yet")
