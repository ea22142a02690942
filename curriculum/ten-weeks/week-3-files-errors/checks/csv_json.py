"""Checks for the `csv-to-json` milestone (week3/csv_json.py)."""
import json

from pymastery import call, expect, expect_equal, learner_module, temp_folder

PEOPLE = 'name,city,note\nAda,London,"likes maths, engines"\nGrace,"New York","said ""hi"""\n'


def check_rows_become_dicts():
    """each CSV row becomes a dict keyed by the header"""
    module = learner_module()
    with temp_folder({"people.csv": PEOPLE}) as folder:
        count = call(module.csv_to_json, folder.path("people.csv"), folder.path("people.json")).value
        text = folder.read_text("people.json")
        try:
            rows = json.loads(text)
        except ValueError:
            expect(False, "people.json is not valid JSON: it starts " + repr(text[:60]),
                   hint="Write the list with json.dump(rows, file).")
        expect_equal(rows, [
            {"name": "Ada", "city": "London", "note": "likes maths, engines"},
            {"name": "Grace", "city": "New York", "note": 'said "hi"'},
        ], hint="csv.DictReader reads each line into a dict and copes with quoted commas and "
                "doubled quotes; splitting on ',' does not.")
        expect_equal(count, 2, hint="Return how many rows were written.")


def check_header_only():
    """a file with only a header gives an empty list"""
    module = learner_module()
    with temp_folder({"empty.csv": "name,city\n"}) as folder:
        count = call(module.csv_to_json, folder.path("empty.csv"), folder.path("out.json")).value
        expect_equal(json.loads(folder.read_text("out.json")), [])
        expect_equal(count, 0)


def check_unicode_survives():
    """text outside ASCII comes through unchanged"""
    module = learner_module()
    with temp_folder({"cafe.csv": "name,price\nCafé Ünal,3\n"}) as folder:
        call(module.csv_to_json, folder.path("cafe.csv"), folder.path("cafe.json"))
        expect_equal(json.loads(folder.read_text("cafe.json")), [{"name": "Café Ünal", "price": "3"}],
                     hint='Open both files with encoding="utf-8".')
