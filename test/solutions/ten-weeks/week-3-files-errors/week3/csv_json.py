"""Week 3: turn a CSV file into a JSON file."""
import csv
import json


def csv_to_json(csv_path, json_path):
    """Write the rows of a CSV file to a JSON file as a list of dicts; return the row count."""
    with open(csv_path, newline="", encoding="utf-8") as source:
        rows = list(csv.DictReader(source))
    with open(json_path, "w", encoding="utf-8") as target:
        json.dump(rows, target, indent=2)
    return len(rows)
