"""Week 3: turn a CSV file into a JSON file."""
import csv
import json


def csv_to_json(csv_path, json_path):
    """Read the CSV file at ``csv_path`` and write its rows to ``json_path``.

    - The first line of the CSV holds the column names; each later line becomes one dict,
      ``{"name": "Ada", "age": "36"}`` (values stay text, as the CSV has them).
    - The JSON file holds a list of those dicts, in file order (``[]`` for a file with only
      a header).
    - Commas and quotes inside quoted fields are handled (use the csv module).
    - Return the number of rows written.
    """
    # TODO
    raise NotImplementedError("csv_to_json is not written yet")
