"""Validating records against a schema: a dict from field name to type."""
from __future__ import annotations

from typing import Any, Dict, Iterable, List, Tuple, Type, Union

Record = Dict[str, Any]
Schema = Dict[str, Union[Type[Any], Tuple[Type[Any], ...]]]


def _type_names(expected: Union[type, Tuple[type, ...]]) -> str:
    if isinstance(expected, tuple):
        return " or ".join(t.__name__ for t in expected)
    return expected.__name__


def _matches(value: Any, expected: Union[type, Tuple[type, ...]]) -> bool:
    wanted = expected if isinstance(expected, tuple) else (expected,)
    if isinstance(value, bool) and bool not in wanted:
        return False
    return isinstance(value, wanted)


def validate_record(record: Record, schema: Schema) -> List[str]:
    """Return a list of problems with ``record``; an empty list means it is valid."""
    problems = []
    for field, expected in schema.items():
        if field not in record:
            problems.append(f"missing field {field!r}")
        elif not _matches(record[field], expected):
            got = type(record[field]).__name__
            problems.append(f"field {field!r} should be {_type_names(expected)}, got {got}")
    return problems


def split_valid(records: Iterable[Record], schema: Schema) -> Tuple[List[Record], List[Tuple[int, List[str]]]]:
    """Split ``records`` into the valid ones and a report on the others."""
    valid: List[Record] = []
    rejected: List[Tuple[int, List[str]]] = []
    for index, record in enumerate(records):
        problems = validate_record(record, schema)
        if problems:
            rejected.append((index, problems))
        else:
            valid.append(record)
    return valid, rejected
