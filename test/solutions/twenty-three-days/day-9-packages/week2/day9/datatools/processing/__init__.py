"""Cleaning and grouping records."""
from .cleaning import clean_records, group_by, normalize_keys

__all__ = ["normalize_keys", "clean_records", "group_by"]
