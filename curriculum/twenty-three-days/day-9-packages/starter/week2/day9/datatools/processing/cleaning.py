"""Cleaning records: a record is a dict from column name to value."""
from __future__ import annotations

from typing import Any, Dict, Iterable, List, Optional

Record = Dict[str, Any]


def normalize_keys(record: Record) -> Record:
    """Return a new dict whose keys are tidy snake_case names.

    Each key is stripped of surrounding white space and lower-cased, and every
    run of spaces or hyphens inside it becomes a single underscore. Values are
    left alone. The input dict is not changed.

    >>> normalize_keys({" First Name ": "Ada", "e-mail": "ada@example.org"})
    {'first_name': 'Ada', 'e_mail': 'ada@example.org'}
    """
    raise NotImplementedError


def clean_records(records: Iterable[Record]) -> List[Record]:
    """Return cleaned copies of ``records``, in order.

    Every record gets normalized keys, and every string value is stripped of
    surrounding white space. A record whose values are all empty after that
    (every value is "" or None) is dropped. The input records are not changed.

    >>> clean_records([{"Name ": " Ada "}, {"Name": "  "}, {"name": None}])
    [{'name': 'Ada'}]
    """
    raise NotImplementedError


def group_by(records: Iterable[Record], key: str) -> Dict[Optional[Any], List[Record]]:
    """Group records by the value they hold under ``key``.

    Groups appear in the order their first record appears, and records keep
    their order inside a group. Records without ``key`` go in the group None.

    >>> group_by([{"team": "a", "n": 1}, {"n": 2}, {"team": "a", "n": 3}], "team")
    {'a': [{'team': 'a', 'n': 1}, {'team': 'a', 'n': 3}], None: [{'n': 2}]}
    """
    raise NotImplementedError
