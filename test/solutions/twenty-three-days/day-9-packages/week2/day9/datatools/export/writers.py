"""Exporting records as CSV or JSON text, or to a file."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any, Dict, Iterable, List, Optional, Sequence, Union

Record = Dict[str, Any]


def to_csv(records: Iterable[Record], fields: Optional[Sequence[str]] = None) -> str:
    """Return the records as CSV text with a header row."""
    rows = list(records)
    if fields is None:
        fields = list(dict.fromkeys(key for row in rows for key in row))
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(fields), extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def to_json(records: Iterable[Record], indent: int = 2) -> str:
    """Return the records as a JSON array (text), indented by ``indent``."""
    return json.dumps(list(records), indent=indent, ensure_ascii=False)


def write(records: Iterable[Record], path: Union[str, Path]) -> Path:
    """Write the records to ``path`` (format from its suffix) and return it as a Path."""
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix == ".csv":
        text = to_csv(records)
    elif suffix == ".json":
        text = to_json(records)
    else:
        raise ValueError(f"cannot export to {target.name}: use a .csv or .json file")
    with open(target, "w", encoding="utf-8", newline="") as handle:
        handle.write(text)
    return target
