"""Week 7 mini project: keep the crawl's results as JSON and CSV."""
import csv
import json
import os

FIELDS = ["url", "status", "title", "size", "worker"]


def save_results(results, folder):
    """Write ``results`` (dicts with the keys in FIELDS) to ``folder``/results.json and
    ``folder``/results.csv; create the folder if needed. Return the two paths (json, csv).

    The JSON file holds the list as it is. The CSV file has a header row with FIELDS in that
    order, then one row per result; a None becomes an empty cell.
    """
    # TODO
    raise NotImplementedError("save_results is not written yet")


def load_csv(path):
    """Read a results.csv back into dicts; status, size and worker become int, empty cells None."""
    # TODO
    raise NotImplementedError("load_csv is not written yet")
