"""Cleaning records: a record is a dict from column name to value."""
from __future__ import annotations

import re
from typing import Any, Dict, Iterable, List, Optional

Record = Dict[str, Any]

_SEPARATORS = re.compile(r"[\s\-]+")


def normalize_keys(record: Record) -> Record:
    """Return a new dict whose keys are tidy snake_case names."""
    return {_SEPARATORS.sub("_", key.strip().lower()): value for key, value in record.items()}


def clean_records(records: Iterable[Record]) -> List[Record]:
    """Return cleaned copies of ``records``, in order, without the empty ones."""
    cleaned = []
    for record in records:
        tidy = {key: value.strip() if isinstance(value, str) else value
                for key, value in normalize_keys(record).items()}
        if any(value not in ("", None) for value in tidy.values()):
            cleaned.append(tidy)
    return cleaned


def group_by(records: Iterable[Record], key: str) -> Dict[Optional[Any], List[Record]]:
    """Group records by the value they hold under ``key``."""
    groups: Dict[Optional[Any], List[Record]] = {}
    for record in records:
        groups.setdefault(record.get(key), []).append(record)
    return groups
