from .rules import validate_record, split_valid
