"""Text analyser, step 3: a JSON report, and the command line.

    python week1/analyser/report.py book.txt --top 5 --out report.json
"""
import argparse
import json
import os
import sys

from ranking import count_words, top_k
from reading import read_words


def build_report(path, k=10):
    """Return the report for the text file at ``path`` as a dict::

        {"file": "book.txt",          # the file's name, without its folder
         "total_words": 120,          # every word, repeats included
         "unique_words": 64,          # different words
         "top": [{"word": "the", "count": 9}, ...]}   # top_k(counts, k), in order
    """
    # TODO
    raise NotImplementedError("build_report is not written yet")


def export_json(report, out_path):
    """Write ``report`` to ``out_path`` as indented UTF-8 JSON."""
    # TODO
    raise NotImplementedError("export_json is not written yet")


def main(argv=None):
    """python report.py FILE [--top K] [--out REPORT.json]

    Without --out, print the JSON instead. Return 0, or 1 after printing
    ``error: ...`` to stderr when FILE cannot be read.
    """
    # TODO: argparse for the arguments, then build_report and export_json.
    raise NotImplementedError("main is not written yet")


if __name__ == "__main__":
    sys.exit(main())
