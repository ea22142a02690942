"""Checking records against a simple schema.

TODO (milestone "A clean public API"): re-export validate_record and split_valid
from .rules, and list them in __all__.
"""
