from .writers import to_csv, to_json, write
