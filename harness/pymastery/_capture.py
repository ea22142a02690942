"""Standing in for the learner program's stdin, stdout and stderr while it is checked.

Output is kept up to a limit and then only counted, so a program that prints 50 MB costs
little more than one that prints a line.
"""
from __future__ import annotations

import io

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import List, Optional

#: How much of a check's combined output goes into the results file.
CHECK_OUTPUT_LIMIT = 64 * 1024
#: How much of one call's stdout (or stderr) a check can inspect through `Call`.
CALL_OUTPUT_LIMIT = 1024 * 1024

NO_INPUT_MESSAGE = (
    "your code asked for input (input() or sys.stdin), but this check does not type anything in"
)


class CappedText:
    """Text collected up to `limit` characters; anything past that is only counted."""

    __slots__ = ("limit", "cut", "_parts", "_size")

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.cut = 0
        self._parts: List[str] = []
        self._size = 0

    def add(self, text: str) -> None:
        room = self.limit - self._size
        if room <= 0:
            self.cut += len(text)
        elif len(text) <= room:
            self._parts.append(text)
            self._size += len(text)
        else:
            self._parts.append(text[:room])
            self._size = self.limit
            self.cut += len(text) - room

    def text(self) -> str:
        """The kept text, ending with a note of how much was cut, if anything was."""
        kept = "".join(self._parts)
        if self.cut:
            kept += "\n[… %d more characters cut]" % self.cut
        return kept


class OutputRecorder:
    """Routes what learner code writes into the check's output and into any open calls."""

    def __init__(self) -> None:
        self.check_output = CappedText(CHECK_OUTPUT_LIMIT)
        self._calls: List[tuple] = []

    def open_call(self) -> tuple:
        """Starts collecting stdout and stderr separately for one `call`/`capture`."""
        sinks = (CappedText(CALL_OUTPUT_LIMIT), CappedText(CALL_OUTPUT_LIMIT))
        self._calls.append(sinks)
        return sinks

    def close_call(self, sinks: tuple) -> None:
        if sinks in self._calls:
            self._calls.remove(sinks)

    def record(self, stream_index: int, text: str) -> None:
        self.check_output.add(text)
        for sinks in self._calls:
            sinks[stream_index].add(text)


class CapturedStream(io.TextIOBase):
    """A text stream that hands everything written to it to an `OutputRecorder`."""

    def __init__(self, recorder: OutputRecorder, stream_index: int, name: str) -> None:
        super().__init__()
        self._recorder = recorder
        self._stream_index = stream_index
        self._name = name

    @property
    def name(self) -> str:
        return self._name

    @property
    def encoding(self) -> str:
        return "utf-8"

    @property
    def errors(self) -> str:
        return "strict"

    @property
    def buffer(self) -> "CapturedBytes":
        return CapturedBytes(self)

    def writable(self) -> bool:
        return True

    def isatty(self) -> bool:
        return False

    def write(self, text: str) -> int:
        if not isinstance(text, str):
            raise TypeError("write() argument must be str, not %s" % type(text).__name__)
        self._recorder.record(self._stream_index, text)
        return len(text)

    def flush(self) -> None:
        pass


class CapturedBytes(io.RawIOBase):
    """`sys.stdout.buffer` for programs that write bytes: decoded and recorded as text."""

    def __init__(self, text_stream: CapturedStream) -> None:
        super().__init__()
        self._text_stream = text_stream

    def writable(self) -> bool:
        return True

    def write(self, data: bytes) -> int:
        self._text_stream.write(bytes(data).decode("utf-8", "replace"))
        return len(data)


class NoInput(io.TextIOBase):
    """stdin when a check gives none: reading fails at once instead of waiting forever."""

    @property
    def name(self) -> str:
        return "<stdin>"

    def readable(self) -> bool:
        return True

    def isatty(self) -> bool:
        return False

    def read(self, size: Optional[int] = -1) -> str:
        raise EOFError(NO_INPUT_MESSAGE)

    def readline(self, size: Optional[int] = -1) -> str:  # type: ignore[override]
        raise EOFError(NO_INPUT_MESSAGE)

    def readlines(self, hint: Optional[int] = -1) -> list:  # type: ignore[override]
        raise EOFError(NO_INPUT_MESSAGE)


class GivenInput(io.StringIO):
    """stdin fed from a string; remembers how many lines it held for error messages."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.line_count = text.count("\n") + (0 if text.endswith("\n") or not text else 1)

    @property
    def name(self) -> str:
        return "<stdin>"


def make_stdin(text: Optional[str]) -> io.TextIOBase:
    """The stdin a learner program gets: `text` to read, or nothing at all."""
    if text is None:
        return NoInput()
    if not isinstance(text, str):
        raise TypeError("stdin= takes a str, not %s" % type(text).__name__)
    return GivenInput(text)
