"""Checks for the `extract` milestone: extract in expert/etl/extract.py."""
from pymastery import call, expect, expect_equal, expect_flat_memory, learner_module, temp_folder
from pymastery.track.etl_tools import SAMPLE, big_csv


def check_yields_rows_with_line_numbers():
    """every data row comes with its line in the file, blank lines counted"""
    etl = learner_module()
    with temp_folder({"events.csv": SAMPLE}) as folder:
        rows = list(call(etl.extract, folder.path("events.csv")).value)
    expect_equal([line for line, _ in rows], [2, 3, 5, 6, 7, 8, 9, 10, 11, 12, 13],
                 hint="csv.DictReader skips blank lines, so enumerate() falls behind after one. The reader's "
                      "line_num attribute is the number of the last file line it read.")
    expect_equal(rows[0][1], {"user_id": "U1", "event": "purchase", "product_id": "P10", "amount": "19.99"},
                 hint="Yield the dict csv.DictReader gives, untouched: cleaning is transform's job.")
    expect_equal(rows[3][1].get("amount"), None, hint="A short row has None for its missing columns.")


def check_is_lazy():
    """calling extract reads nothing until the first row is asked for"""
    etl = learner_module()
    with temp_folder({"events.csv": SAMPLE}) as folder:
        rows = call(etl.extract, folder.path("events.csv")).value
        expect(iter(rows) is rows, "extract returned %r, not an iterator" % type(rows).__name__,
               hint="Make extract a generator function: open the file with `with` and yield inside it.")
        first = next(rows, None)
        expect(first is not None and first[0] == 2, "the first row from extract was %r" % (first,),
               hint="Yield (reader.line_num, row) for each row; the first data row is on line 2.")
        rows.close()


def check_memory_stays_flat():
    """a file ten times as long needs no more memory"""
    etl = learner_module()
    with temp_folder() as folder:
        expect_flat_memory(etl.extract, lambda n: big_csv(folder, n), size=5_000, factor=10,
                           hint="Give csv.DictReader the open file itself and yield row by row. readlines(), read() "
                                "or list(reader) hold the whole file at once.")
