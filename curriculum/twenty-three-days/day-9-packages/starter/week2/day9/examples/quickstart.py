"""A short tour of datatools.

Run it from week2/day9 after `pip install -e .`:

    python examples/quickstart.py

TODO (milestone "Make it installable"): import datatools, clean a few
records, validate them and print the CSV export.
"""
