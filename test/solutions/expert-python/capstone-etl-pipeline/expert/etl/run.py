"""The whole pipeline: extract, transform and load a CSV file of shop events."""
from extract import extract
from load import load
from transform import transform


def run_pipeline(path):
    """Run the three stages over the file at `path`, streaming from end to end.

    Returns (report, bad_rows): the report of load() and the list of BadRow for every row
    transform() refused, in the order of the file.
    """
    bad_rows = []
    report = load(transform(extract(path), bad_rows))
    return report, bad_rows
