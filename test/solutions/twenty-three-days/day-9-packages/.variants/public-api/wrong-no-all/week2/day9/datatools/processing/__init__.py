from .cleaning import normalize_keys, clean_records, group_by
