"""Tests for week2/day8/file_processor.py. Run them with:  python -m pytest -v week2/day8

Trigger every exception path: a missing source, a line that fails validation, a
transform that raises, and a block that raises inside TransactionFile.
"""
from pathlib import Path

from file_processor import TransactionFile, process_file


def test_process_file_writes_every_line(tmp_path: Path) -> None:
    # TODO
    pass


def test_transaction_keeps_the_old_file_on_error(tmp_path: Path) -> None:
    # TODO
    pass
