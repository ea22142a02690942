"""Checks for the `crawler-store` milestone (week7/crawler/store.py)."""
import csv
import json
import os

from pymastery import call, expect, expect_equal, learner_module, temp_folder

RESULTS = [
    {"url": "http://127.0.0.1:1/a", "status": 200, "title": "A, with a comma", "size": 120, "worker": 0},
    {"url": "http://127.0.0.1:1/b", "status": None, "title": None, "size": 0, "worker": 1},
]


def check_writes_json_and_csv():
    """both files are written in a new folder, and the JSON holds the list as it is"""
    module = learner_module()
    with temp_folder() as folder:
        target = folder.path("out/run1")
        paths = call(module.save_results, RESULTS, target).value
        expect_equal([os.path.basename(p) for p in paths], ["results.json", "results.csv"])
        expect(os.path.dirname(os.path.abspath(paths[0])) == os.path.abspath(target),
               f"results.json was written to {paths[0]!r}, not into {target!r}")
        with open(paths[0], encoding="utf-8") as handle:
            expect_equal(json.load(handle), RESULTS, hint="json.dump the list itself.")


def check_csv_has_header_and_rows():
    """the CSV has the header in FIELDS order, quotes commas, and leaves None cells empty"""
    module = learner_module()
    with temp_folder() as folder:
        _, csv_path = call(module.save_results, RESULTS, folder.path("out")).value
        with open(csv_path, newline="", encoding="utf-8") as handle:
            rows = list(csv.reader(handle))
    expect_equal(rows[0], ["url", "status", "title", "size", "worker"])
    expect_equal(rows[1], ["http://127.0.0.1:1/a", "200", "A, with a comma", "120", "0"],
                 hint="Use csv.writer or csv.DictWriter: they quote a cell that holds a comma.")
    expect_equal(rows[2], ["http://127.0.0.1:1/b", "", "", "0", "1"],
                 hint="None is written as an empty cell.")


def check_load_csv_round_trips():
    """load_csv gives back the same dicts: numbers as int, empty cells as None"""
    module = learner_module()
    with temp_folder() as folder:
        _, csv_path = call(module.save_results, RESULTS, folder.path("out")).value
        expect_equal(call(module.load_csv, csv_path).value, RESULTS,
                     hint="csv.DictReader gives text: turn status, size and worker into int, "
                          "and \"\" into None.")
