"""Tests for week2/day8/file_processor.py. Run them with:  python -m pytest -v week2/day8"""
from __future__ import annotations

import time
from pathlib import Path

import pytest

from file_processor import (
    FileProcessingError,
    TransactionFile,
    TransformError,
    ValidationError,
    process_file,
    retry_with_backoff,
)


def test_process_file_writes_every_line(tmp_path: Path) -> None:
    source, target = tmp_path / "in.txt", tmp_path / "out.txt"
    source.write_text("a\n\nb\n", encoding="utf-8")
    assert process_file(source, target, str.upper) == 2
    assert target.read_text(encoding="utf-8") == "A\nB\n"


def test_transaction_keeps_the_old_file_on_error(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError):
        with TransactionFile(target) as out:
            out.write("new")
            raise RuntimeError("boom")
    assert target.read_text(encoding="utf-8") == "old"


def test_validation_error_names_the_line(tmp_path: Path) -> None:
    source = tmp_path / "in.txt"
    source.write_text("1\n\nx\n", encoding="utf-8")
    with pytest.raises(ValidationError) as info:
        process_file(source, tmp_path / "out.txt", str.strip, str.isdigit)
    assert info.value.line_number == 3


def test_transform_error_keeps_its_cause(tmp_path: Path) -> None:
    source = tmp_path / "in.txt"
    source.write_text("5\nfive\n", encoding="utf-8")
    with pytest.raises(TransformError) as info:
        process_file(source, tmp_path / "out.txt", lambda line: str(int(line)))
    assert info.value.line_number == 2
    assert isinstance(info.value.__cause__, ValueError)
    assert not (tmp_path / "out.txt").exists()


def test_missing_source(tmp_path: Path) -> None:
    with pytest.raises(FileProcessingError):
        process_file(tmp_path / "nope.txt", tmp_path / "out.txt", str.upper)


def test_backoff_doubles_the_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    waits: list[float] = []
    monkeypatch.setattr(time, "sleep", waits.append)
    failures = [OSError("1"), OSError("2")]

    def read() -> str:
        if failures:
            raise failures.pop(0)
        return "ok"

    assert retry_with_backoff(read, base_delay=1, factor=2) == "ok"
    assert waits == [1, 2]
