"""Extract: read the rows of a CSV file of shop events, one at a time."""
import csv


def extract(path):
    """Yield (line_number, row) for every data row of the CSV file at `path`.

    `row` is a dict from the header's column names to the row's text, as csv.DictReader gives
    it (a short row has None for the missing columns; a long row keeps its extra fields in a
    list under the key None). `line_number` is the row's line in the file, counting the header
    as line 1 and counting blank lines too, so that a report can point at the exact line.

    Read lazily: keep the file open while yielding, so only one row is in memory at a time,
    however big the file is.
    """
    with open(path, newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        for row in reader:
            yield reader.line_num, row
