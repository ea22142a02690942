from datatools.processing.cleaning import normalize_keys, clean_records, group_by

__all__ = ("normalize_keys", "clean_records", "group_by")
