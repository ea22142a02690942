"""Exporting records as CSV or JSON text, or to a file."""
from __future__ import annotations

from pathlib import Path
from typing import Any, Dict, Iterable, List, Optional, Sequence, Union

Record = Dict[str, Any]


def to_csv(records: Iterable[Record], fields: Optional[Sequence[str]] = None) -> str:
    """Return the records as CSV text with a header row.

    The columns are ``fields`` when given, otherwise every key that appears in
    any record, in the order keys are first seen. A record without a column
    leaves that cell empty. Values with commas, quotes or newlines must survive
    a round trip through the csv module.
    """
    raise NotImplementedError


def to_json(records: Iterable[Record], indent: int = 2) -> str:
    """Return the records as a JSON array (text), indented by ``indent``."""
    raise NotImplementedError


def write(records: Iterable[Record], path: Union[str, Path]) -> Path:
    """Write the records to ``path`` and return it as a Path.

    The suffix picks the format: ``.csv`` or ``.json`` (in any letter case).
    Any other suffix raises ValueError before anything is written. The file is
    written as UTF-8.
    """
    raise NotImplementedError
