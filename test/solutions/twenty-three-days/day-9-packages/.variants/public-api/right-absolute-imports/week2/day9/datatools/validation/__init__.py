from datatools.validation.rules import validate_record, split_valid

__all__ = ["validate_record", "split_valid"]
