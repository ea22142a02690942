"""Week 3: compare two versions of a CSV file."""
import csv


def _rows_by_key(path, key):
    with open(path, newline="", encoding="utf-8") as file:
        reader = csv.DictReader(file)
        if key not in (reader.fieldnames or []):
            raise KeyError(key)
        return {row[key]: row for row in reader}


def diff_csv(old_path, new_path, key):
    """Report the keys added, removed and the columns changed between two CSV files."""
    old = _rows_by_key(old_path, key)
    new = _rows_by_key(new_path, key)
    changed = {}
    for name in old.keys() & new.keys():
        before, after = old[name], new[name]
        columns = {column: (before[column], after[column])
                   for column in before.keys() & after.keys()
                   if before[column] != after[column]}
        if columns:
            changed[name] = columns
    return {"added": sorted(new.keys() - old.keys()),
            "removed": sorted(old.keys() - new.keys()),
            "changed": changed}
