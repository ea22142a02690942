"""Checks for the `export` milestone: datatools.export.writers."""
import csv
import io
import json
import os

from pymastery import call, capture, expect, expect_equal, temp_folder
from pymastery.track.packages import import_from

ROOT = "week2/day9"
RECORDS = [
    {"name": "Ada", "city": "London, UK"},
    {"name": "Grace", "note": 'said "hi"', "city": "NYC"},
    {"name": "Linus", "note": "two\nlines"},
]


def _module():
    return import_from(ROOT, "datatools.export.writers")


def _parse(text):
    return list(csv.reader(io.StringIO(text, newline="")))


def check_csv_header_and_rows():
    """to_csv writes a header and one row per record"""
    writers = _module()
    text = call(writers.to_csv, [{"a": 1, "b": 2}, {"a": 3, "b": 4}]).value
    expect(isinstance(text, str), "to_csv should return the CSV as a str.", hint="Write into io.StringIO and return getvalue().")
    expect_equal(_parse(text), [["a", "b"], ["1", "2"], ["3", "4"]],
                 hint="csv.DictWriter with writeheader() then writerows() does exactly this.")


def check_csv_columns_first_seen():
    """columns are every key, in first-seen order, missing cells empty"""
    writers = _module()
    rows = _parse(call(writers.to_csv, RECORDS).value)
    expect_equal(rows[0], ["name", "city", "note"],
                 hint="Collect keys from every record, not just the first; dict.fromkeys keeps first-seen order without repeats.")
    expect_equal(rows[1:], [["Ada", "London, UK", ""], ["Grace", "NYC", 'said "hi"'], ["Linus", "", "two\nlines"]],
                 hint="Let the csv module quote commas, quotes and newlines; a missing key becomes an empty cell (DictWriter's restval).")


def check_csv_fields_given():
    """fields= picks and orders the columns"""
    writers = _module()
    rows = _parse(call(writers.to_csv, RECORDS, ["city", "name"]).value)
    expect_equal(rows, [["city", "name"], ["London, UK", "Ada"], ["NYC", "Grace"], ["", "Linus"]],
                 hint="With fields given, use exactly those columns; ignore other keys (extrasaction=\"ignore\").")


def check_csv_accepts_generator():
    """to_csv accepts any iterable, a generator included"""
    writers = _module()
    rows = _parse(call(writers.to_csv, (dict(r) for r in RECORDS)).value)
    expect_equal(len(rows), 4,
                 hint="A generator can be walked only once: turn it into a list before you look for the columns.")


def check_json_round_trip():
    """to_json gives a JSON array that loads back to the same records"""
    writers = _module()
    text = call(writers.to_json, (dict(r) for r in RECORDS)).value
    expect_equal(json.loads(text), RECORDS, hint="json.dumps(list(records), indent=indent).")
    expect("\n" in call(writers.to_json, RECORDS, 2).value, "With indent=2 the JSON should span several lines.",
           hint="Pass indent through to json.dumps.")


def check_write_picks_format():
    """write picks CSV or JSON from the suffix, and returns a Path"""
    writers = _module()
    with temp_folder() as folder:
        csv_path = folder.path("people.CSV")
        returned = call(writers.write, RECORDS, csv_path).value
        expect(hasattr(returned, "suffix") and str(returned) == csv_path, "write should return the path as a pathlib.Path.",
               hint="Return Path(path).")
        with open(csv_path, encoding="utf-8", newline="") as handle:
            expect_equal(list(csv.reader(handle))[0], ["name", "city", "note"],
                         hint="Compare the suffix in lower case, so .CSV counts as .csv.")
        json_path = folder.path("people.json")
        call(writers.write, [{"name": "Zoë"}], json_path)
        with open(json_path, encoding="utf-8") as handle:
            expect_equal(json.load(handle), [{"name": "Zoë"}], hint="Write the file as UTF-8 (encoding=\"utf-8\").")


def check_write_rejects_unknown_suffix():
    """write refuses other suffixes before writing anything"""
    writers = _module()
    with temp_folder() as folder:
        target = folder.path("people.xlsx")
        outcome = capture(writers.write, RECORDS, target)
        expect(isinstance(outcome.exception, ValueError),
               "write(..., 'people.xlsx') should raise ValueError, not %r." % (outcome.exception,),
               hint="Check the suffix first and raise ValueError for anything but .csv and .json.")
        expect(not os.path.exists(target), "No file should be created for an unknown suffix.",
               hint="Decide the format before you open the file.")
