"""Checks for the `csv-diff` milestone (week3/csv_diff.py)."""
from pymastery import call, expect_equal, expect_raises, learner_module, temp_folder

OLD = "sku,name,price\nA1,pen,3\nB2,ink,7\nC3,pad,2\nD4,cap,1\n"
NEW = "sku,name,price\nA1,pen,4\nC3,pad,2\nD4,lid,5\nE5,tape,6\nF6,glue,2\n"


def check_added_and_removed():
    """keys only in one file are listed, sorted"""
    module = learner_module()
    with temp_folder({"old.csv": OLD, "new.csv": NEW}) as folder:
        result = call(module.diff_csv, folder.path("old.csv"), folder.path("new.csv"), "sku").value
        expect_equal((result.get("added"), result.get("removed")), (["E5", "F6"], ["B2"]),
                     hint="Read each file into a dict from key to row; the added keys are in new "
                          "but not old. Set difference does it, then sorted().")


def check_changed_columns():
    """changed rows list only the columns that differ, as (old, new)"""
    module = learner_module()
    with temp_folder({"old.csv": OLD, "new.csv": NEW}) as folder:
        result = call(module.diff_csv, folder.path("old.csv"), folder.path("new.csv"), "sku").value
        changed = {key: {column: tuple(pair) for column, pair in columns.items()}
                   for key, columns in (result.get("changed") or {}).items()}
        expect_equal(changed, {"A1": {"price": ("3", "4")},
                               "D4": {"name": ("cap", "lid"), "price": ("1", "5")}},
                     hint="For each key in both files compare the rows column by column; C3 has "
                          "not changed, so it is not listed at all.")


def check_other_key_column():
    """the key can be any column"""
    module = learner_module()
    old = "id,name\n1,x\n2,y\n"
    new = "name,id\ny,2\nz,3\n"
    with temp_folder({"old.csv": old, "new.csv": new}) as folder:
        result = call(module.diff_csv, folder.path("old.csv"), folder.path("new.csv"), "name").value
        expect_equal((result.get("added"), result.get("removed"), result.get("changed")),
                     (["z"], ["x"], {}),
                     hint="Look columns up by name (csv.DictReader), not by position.")


def check_missing_key_column():
    """a key that is not a column raises KeyError"""
    module = learner_module()
    with temp_folder({"old.csv": OLD, "new.csv": NEW}) as folder:
        expect_raises(KeyError, module.diff_csv, folder.path("old.csv"), folder.path("new.csv"),
                      "code", hint="Check reader.fieldnames for the key before reading the rows.")
