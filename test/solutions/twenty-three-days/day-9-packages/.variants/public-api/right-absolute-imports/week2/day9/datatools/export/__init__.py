from datatools.export.writers import to_csv, to_json, write

__all__ = ["to_csv", "to_json", "write"]
