"""Day 8: process a file line by line without ever leaving a half-written result.

Log through the module's ``logger`` ("file_processor"): errors at ERROR level,
retries and rollbacks at WARNING, successes at INFO. Wait with ``time.sleep``.
"""
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
    """Something went wrong while processing a file.

    ``FileProcessingError(message, path=None, line_number=None)`` keeps ``message``,
    ``path`` (as a str, or None) and ``line_number`` as attributes. ``str(error)`` shows
    where, when known, then the message: ``"data.csv:7: invalid line: 'x'"``.
    """

    # TODO


class ValidationError(FileProcessingError):
    """A line of input is not acceptable."""


class TransformError(FileProcessingError):
    """Transforming a line failed."""


def error_context(path: PathLike, line_number: int) -> Iterator[None]:
    """A context manager, made with @contextlib.contextmanager, for work on one line.

    Inside ``with error_context(path, n):`` a FileProcessingError goes on unchanged. Any other
    Exception becomes a TransformError for ``path`` and line ``n`` whose message names the
    original error's type, raised ``from`` the original. Either way the problem is logged at
    ERROR level. A block that raises nothing is left alone.
    """
    # TODO
    raise NotImplementedError("error_context is not written yet")


class TransactionFile:
    """Write a file all at once or not at all.

    ``with TransactionFile(path) as out: out.write(text)`` collects the writes in memory.
    When the block ends normally, the text goes to a temporary file in the same folder,
    which then replaces ``path`` in one step (os.replace), and "committed" is logged at INFO.
    When the block raises, nothing is written: an existing file at ``path`` keeps its old
    contents, no temporary file is left behind, the rollback is logged at WARNING, and the
    exception goes on (it is never swallowed). ``write`` returns the number of characters
    and raises ValueError when called outside the with block.
    """

    def __init__(self, path: PathLike, encoding: str = "utf-8") -> None:
        raise NotImplementedError("TransactionFile is not written yet")


def retry_with_backoff(operation: Callable[[], T], *, attempts: int = 4, base_delay: float = 0.5,
                       factor: float = 2.0, max_delay: float = 8.0,
                       retry_on: tuple[type[BaseException], ...] = (OSError,)) -> T:
    """Call ``operation()`` until it returns, at most ``attempts`` times.

    After a failure with one of ``retry_on``, wait and try again. The waits grow
    exponentially: ``base_delay``, then ``base_delay * factor``, then ``* factor`` again, and
    so on, but never longer than ``max_delay``. Log each retry at WARNING. After the last
    attempt, re-raise its exception. Other exceptions are raised at once. ``attempts`` below
    1 is a ValueError.
    """
    # TODO
    raise NotImplementedError("retry_with_backoff is not written yet")


def process_file(source: PathLike, target: PathLike, transform: Callable[[str], str],
                 validate: Optional[Callable[[str], bool]] = None) -> int:
    """Transform every non-blank line of ``source`` into a line of ``target``.

    - A source that cannot be read raises FileProcessingError for ``source``, chained to
      the original OSError.
    - Lines are numbered from 1 (blank lines count but are skipped). When ``validate`` is
      given and returns False for a line, raise ValidationError for that line.
    - ``transform(line)`` runs inside error_context, so its failures become TransformError.
    - The results are written with TransactionFile, one per line, so ``target`` is either
      complete or untouched. Return the number of lines written.
    - Every error is logged at ERROR level before it is raised.
    """
    # TODO
    raise NotImplementedError("process_file is not written yet")


if __name__ == "__main__":
    import sys

    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    count = process_file(sys.argv[1], sys.argv[2], str.upper)
    print(f"{count} lines written")
