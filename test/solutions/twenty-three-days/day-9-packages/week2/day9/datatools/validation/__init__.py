"""Checking records against a simple schema."""
from .rules import split_valid, validate_record

__all__ = ["validate_record", "split_valid"]
