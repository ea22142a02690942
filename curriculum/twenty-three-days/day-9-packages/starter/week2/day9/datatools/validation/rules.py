"""Validating records against a schema: a dict from field name to type."""
from __future__ import annotations

from typing import Any, Dict, Iterable, List, Tuple, Type, Union

Record = Dict[str, Any]
Schema = Dict[str, Union[Type[Any], Tuple[Type[Any], ...]]]


def validate_record(record: Record, schema: Schema) -> List[str]:
    """Return a list of problems with ``record``; an empty list means it is valid.

    Every field of the schema must be present, and its value must be an
    instance of the schema's type (a type, or a tuple of types). One message per
    problem, in schema order, and each message names its field in quotes:

        "missing field 'age'"
        "field 'age' should be int, got str"

    A bool is never accepted where the schema asks for int or float, even
    though bool is a subclass of int. Fields the schema does not mention are
    allowed.
    """
    raise NotImplementedError


def split_valid(records: Iterable[Record], schema: Schema) -> Tuple[List[Record], List[Tuple[int, List[str]]]]:
    """Split ``records`` into the valid ones and a report on the others.

    Return ``(valid, rejected)``: ``valid`` lists the valid records in order,
    ``rejected`` lists ``(index, problems)`` for every invalid one, where
    ``index`` is its position in the input and ``problems`` what
    validate_record said about it.
    """
    raise NotImplementedError
