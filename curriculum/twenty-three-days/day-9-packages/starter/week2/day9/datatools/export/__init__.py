"""Writing records out as CSV or JSON.

TODO (milestone "A clean public API"): re-export to_csv, to_json and write
from .writers, and list them in __all__.
"""
