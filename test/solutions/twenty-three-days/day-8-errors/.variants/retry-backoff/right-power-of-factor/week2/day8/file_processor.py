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
    """Collect writes, then replace the target in one step on success; keep it on failure."""

    def __init__(self, path: PathLike, encoding: str = "utf-8") -> None:
        self.path = Path(path)
        self.encoding = encoding
        self._parts: list[str] = []
        self._open = False

    def __enter__(self) -> TransactionFile:
        self._open = True
        return self

    def write(self, text: str) -> int:
        if not self._open:
            raise ValueError("write outside the with block")
        self._parts.append(text)
        return len(text)

    def __exit__(self, exc_type: Optional[type[BaseException]],
                 exc: Optional[BaseException], tb: Optional[TracebackType]) -> None:
        self._open = False
        if exc_type is not None:
            self._parts.clear()
            logger.warning("rolled back %s: %s", self.path, exc)
            return
        handle, temporary = tempfile.mkstemp(dir=self.path.parent, prefix=".tx-")
        try:
            with os.fdopen(handle, "w", encoding=self.encoding) as out:
                out.write("".join(self._parts))
            os.replace(temporary, self.path)
        except BaseException:
            if os.path.exists(temporary):
                os.remove(temporary)
            raise
        logger.info("committed %s", self.path)


def retry_with_backoff(operation: Callable[[], T], *, attempts: int = 4, base_delay: float = 0.5,
                       factor: float = 2.0, max_delay: float = 8.0,
                       retry_on: tuple[type[BaseException], ...] = (OSError,)) -> T:
    """Call ``operation`` until it works, waiting base_delay * factor ** n after failure n."""
    if attempts < 1:
        raise ValueError("attempts must be at least 1")
    failures = 0
    while True:
        try:
            return operation()
        except retry_on as error:
            failures += 1
            if failures >= attempts:
                raise
            pause = min(max_delay, base_delay * factor ** (failures - 1))
            logger.warning("retry %d after %s", failures, error)
            time.sleep(pause)


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
