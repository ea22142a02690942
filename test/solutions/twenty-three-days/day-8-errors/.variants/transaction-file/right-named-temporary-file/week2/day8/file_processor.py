"""Day 8: process a file line by line without ever leaving a half-written result."""
from __future__ import annotations

import logging
import os
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Callable, Iterator, Optional, TypeVar, Union

logger = logging.getLogger("file_processor")

T = TypeVar("T")
PathLike = Union[str, Path]


class FileProcessingError(Exception):
    """Something went wrong while processing a file."""

    def __init__(self, message: str, path: Optional[PathLike] = None,
                 line_number: Optional[int] = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = None if path is None else str(path)
        self.line_number = line_number

    def __str__(self) -> str:
        where = self.path or ""
        if self.line_number is not None:
            where += f":{self.line_number}"
        return f"{where}: {self.message}" if where else self.message


class ValidationError(FileProcessingError):
    """A line of input is not acceptable."""


class TransformError(FileProcessingError):
    """Transforming a line failed."""


@contextmanager
def error_context(path: PathLike, line_number: int) -> Iterator[None]:
    """Turn any error in the block into a TransformError that says where it happened."""
    try:
        yield
    except FileProcessingError as error:
        logger.error("%s", error)
        raise
    except Exception as error:
        problem = TransformError(f"{type(error).__name__}: {error}", path, line_number)
        logger.error("%s", problem)
        raise problem from error


class TransactionFile:
    """Buffer in memory; on success write a NamedTemporaryFile next to the target and swap it in."""

    def __init__(self, path: PathLike, encoding: str = "utf-8") -> None:
        self.path = Path(path)
        self.encoding = encoding
        self.buffer: Optional[list[str]] = None

    def __enter__(self) -> TransactionFile:
        self.buffer = []
        return self

    def write(self, text: str) -> int:
        if self.buffer is None:
            raise ValueError("this transaction is not open")
        self.buffer.append(text)
        return len(text)

    def __exit__(self, exc_type: Optional[type[BaseException]],
                 exc: Optional[BaseException], tb: Optional[TracebackType]) -> None:
        parts, self.buffer = self.buffer or [], None
        if exc_type is not None:
            logger.warning("rolled back %s", self.path)
            return
        with tempfile.NamedTemporaryFile("w", encoding=self.encoding, dir=self.path.parent,
                                         delete=False, suffix=".part") as handle:
            handle.write("".join(parts))
        try:
            os.replace(handle.name, self.path)
        finally:
            if os.path.exists(handle.name):
                os.remove(handle.name)
        logger.info("committed %s", self.path)


def retry_with_backoff(operation: Callable[[], T], *, attempts: int = 4, base_delay: float = 0.5,
                       factor: float = 2.0, max_delay: float = 8.0,
                       retry_on: tuple[type[BaseException], ...] = (OSError,)) -> T:
    """Call ``operation`` until it works, waiting longer after each failure."""
    if attempts < 1:
        raise ValueError("attempts must be at least 1")
    delay = base_delay
    for attempt in range(1, attempts + 1):
        try:
            return operation()
        except retry_on as error:
            if attempt == attempts:
                logger.error("giving up after %d attempts: %s", attempts, error)
                raise
            wait = min(delay, max_delay)
            logger.warning("attempt %d failed (%s); retrying in %.2fs", attempt, error, wait)
            time.sleep(wait)
            delay *= factor
    raise AssertionError("unreachable")


def process_file(source: PathLike, target: PathLike, transform: Callable[[str], str],
                 validate: Optional[Callable[[str], bool]] = None) -> int:
    """Validate and transform every non-blank line of ``source`` into ``target``."""
    try:
        text = Path(source).read_text(encoding="utf-8")
    except OSError as error:
        problem = FileProcessingError(f"cannot read: {error.strerror or error}", source)
        logger.error("%s", problem)
        raise problem from error
    written = 0
    with TransactionFile(target) as out:
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            if validate is not None and not validate(line):
                problem = ValidationError(f"invalid line: {line!r}", source, number)
                logger.error("%s", problem)
                raise problem
            with error_context(source, number):
                result = transform(line)
            out.write(result + "\n")
            written += 1
    logger.info("processed %d lines from %s", written, source)
    return written


if __name__ == "__main__":
    import sys

    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    count = process_file(sys.argv[1], sys.argv[2], str.upper)
    print(f"{count} lines written")
