"""Checks for the `csv-pipeline` milestone: parse_csv, total_by and peak_memory."""
import os
import tracemalloc

from pymastery import call, expect, expect_equal, learner_module, peak_memory, temp_folder

REGIONS = ["north", "south", "east", "west", "north, east"]


class ReadTooFar(Exception):
    """Raised when parse_csv asks for more lines than it needs."""


class Lines:
    """CSV lines: a header, then endless rows; refuses to give more than `limit` lines."""

    def __init__(self, limit):
        self.limit = limit
        self.given = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.given >= self.limit:
            raise ReadTooFar("parse_csv asked for line %d, but only %d were needed: it reads "
                             "ahead instead of yielding each row as it goes" % (self.given + 1, self.limit))
        self.given += 1
        return "id,name" if self.given == 1 else "%d,item %d" % (self.given, self.given)


def check_parse_csv():
    """parse_csv turns lines into dicts keyed by the header"""
    pipeline = learner_module()
    lines = ["region,amount,note", "north,10,plain", "", '"north, east",2.5,"said ""hi"""', "south,x,"]
    expect_equal(
        list(call(pipeline.parse_csv, iter(lines)).value),
        [{"region": "north", "amount": "10", "note": "plain"},
         {"region": "north, east", "amount": "2.5", "note": 'said "hi"'},
         {"region": "south", "amount": "x", "note": ""}],
        hint="csv.reader accepts any iterable of lines: take its first row as the header, skip blank lines, "
             "and zip the header with each row.",
    )
    expect_equal(list(call(pipeline.parse_csv, []).value), [], hint="No lines at all means no rows, and no error.")
    expect_equal(list(call(pipeline.parse_csv, ["a,b"]).value), [], hint="A header alone means no rows.")


def check_parse_csv_is_lazy():
    """parse_csv yields each row as soon as its line is read"""
    pipeline = learner_module()
    rows = call(pipeline.parse_csv, Lines(3)).value
    first = call(next, rows).value
    second = call(next, rows).value
    expect_equal([first, second], [{"id": "2", "name": "item 2"}, {"id": "3", "name": "item 3"}],
                 hint="Keep csv.reader's laziness: never turn the lines or rows into a list.")


def _sales_file(folder, rows):
    path = folder.path("sales.csv")
    expected = {}
    with open(path, "w", encoding="utf-8", newline="") as handle:
        handle.write("id,region,amount\n")
        for n in range(rows):
            region = REGIONS[n % len(REGIONS)]
            if n % 7 == 3:
                amount = "n/a"
            else:
                amount = "%d.5" % (n % 100)
                expected[region] = expected.get(region, 0.0) + float(amount)
            handle.write('%d,"%s",%s\n' % (n, region, amount))
            if n % 50 == 0:
                handle.write("\n")
    return path, expected


def check_total_by():
    """total_by sums a column per group and skips rows that are not numbers"""
    pipeline = learner_module()
    with temp_folder() as folder:
        path, expected = _sales_file(folder, 200)
        totals = call(pipeline.total_by, path, "region", "amount").value
        expect_equal(sorted(totals), sorted(expected), hint="One total per distinct region, quoted commas included.")
        for region, total in expected.items():
            expect(abs(totals[region] - total) < 1e-6, "The total for %r should be %s, got %s." % (region, total, totals[region]),
                   hint="Skip rows whose amount is not a number (float() raises ValueError for them), and add the rest as floats.")


def check_total_by_constant_memory():
    """total_by streams a big file in little memory"""
    pipeline = learner_module()
    with temp_folder() as folder:
        path, expected = _sales_file(folder, 60_000)
        size = os.path.getsize(path)
        outcome = {}

        def total_by(path):
            outcome["totals"] = call(pipeline.total_by, path, "region", "amount").value

        peak = peak_memory(total_by, path)
        totals = outcome["totals"]
        expect(abs(sum(totals.values()) - sum(expected.values())) < 1e-3,
               "The totals over the big file are wrong.", hint="The same pipeline must work for a file of any size.")
        expect(peak < size // 4,
               "total_by needed %d KB for a %d KB file: something holds the whole file or all its rows."
               % (peak // 1024, size // 1024),
               hint="Chain read_large_file, parse_csv, filter_data and transform_data, and add up in one loop at the end. "
                    "A list() anywhere in the chain keeps every row in memory.")


def _allocate(size, keep):
    block = bytearray(size)
    return len(block) if keep else 0


def check_peak_memory():
    """peak_memory reports what a call allocated, and its result"""
    pipeline = learner_module()
    result, peak = call(pipeline.peak_memory, _allocate, 3_000_000, keep=True).value
    expect_equal(result, 3_000_000, hint="Return the function's own result as the first item of the pair.")
    expect(isinstance(peak, int) and 3_000_000 <= peak < 6_000_000,
           "A call that allocates 3 MB should report a peak of about 3 MB, got %r." % (peak,),
           hint="tracemalloc.start(), call the function, then get_traced_memory() returns (current, peak).")
    _, small = call(pipeline.peak_memory, _allocate, 1000, keep=False).value
    expect(isinstance(small, int) and small < 200_000,
           "A call that allocates almost nothing reported a peak of %r bytes." % (small,),
           hint="Measure only the call: start tracing right before it (or reset the peak) and read the peak right after.")
    expect(not tracemalloc.is_tracing(), "tracemalloc is still running after peak_memory returned.",
           hint="Stop tracemalloc when you are done (in a finally block), as tracing slows everything down.")
