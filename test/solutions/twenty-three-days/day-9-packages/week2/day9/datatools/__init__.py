"""datatools: clean, check and export tabular records (a list of dicts)."""
from datatools import export, processing, validation
from datatools.export import write
from datatools.processing import clean_records
from datatools.validation import split_valid

__version__ = "0.1.0"

__all__ = ["__version__", "processing", "validation", "export", "clean_records", "split_valid", "write"]
