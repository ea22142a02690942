"""Cleaning records, written with plain loops and str methods."""
from collections import defaultdict


def normalize_keys(record):
    result = {}
    for key, value in record.items():
        words = key.replace("-", " ").lower().split()
        result["_".join(words)] = value
    return result


def clean_records(records):
    out = []
    for record in records:
        tidy = normalize_keys(record)
        for key in tidy:
            if isinstance(tidy[key], str):
                tidy[key] = tidy[key].strip()
        if [v for v in tidy.values() if v is not None and v != ""]:
            out.append(tidy)
    return out


def group_by(records, key):
    groups = defaultdict(list)
    for record in records:
        groups[record[key] if key in record else None].append(record)
    return dict(groups)
