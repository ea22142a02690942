from . import export, processing, validation
from .export import write
from .processing import clean_records
from .validation import split_valid

__version__ = "0.1.0"
__all__ = ["processing", "validation", "export", "clean_records", "split_valid", "write"]
