"""Cleaning and grouping records.

TODO (milestone "A clean public API"): re-export normalize_keys, clean_records
and group_by from .cleaning, and list them in __all__.
"""
