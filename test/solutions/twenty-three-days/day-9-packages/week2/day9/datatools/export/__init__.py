"""Writing records out as CSV or JSON."""
from .writers import to_csv, to_json, write

__all__ = ["to_csv", "to_json", "write"]
