"""Where in the learner's files a failure points (see "Where a failure points" in the docs)."""
from __future__ import annotations

import os
import sys

from ._stdlib import import_stdlib
from ._workspace import unwrap_callable

TYPE_CHECKING = False
if TYPE_CHECKING:
    from types import CodeType, FrameType, TracebackType
    from typing import Dict, List, Optional, Sequence

    from ._workspace import Workspace


class Location:
    """A point in a workspace file: line 1-based, column 0-based (in characters)."""

    __slots__ = ("file", "line", "column")

    def __init__(self, file: str, line: int, column: int = 0) -> None:
        self.file = file
        self.line = max(1, int(line))
        self.column = max(0, int(column))

    def as_dict(self) -> dict:
        return {"file": self.file, "line": self.line, "column": self.column}

    def __repr__(self) -> str:
        return "Location(%r, %d, %d)" % (self.file, self.line, self.column)


class SourceLines:
    """Lines of learner files, read once, for turning positions into character columns."""

    def __init__(self) -> None:
        self._files: Dict[str, List[bytes]] = {}

    def line(self, filename: str, line: int) -> bytes:
        lines = self._files.get(filename)
        if lines is None:
            try:
                with open(filename, "rb") as source:
                    lines = source.read().splitlines()
            except OSError:
                lines = []
            self._files[filename] = lines
        return lines[line - 1] if 0 < line <= len(lines) else b""

    def indentation(self, filename: str, line: int) -> int:
        text = self.line(filename, line)
        return len(text) - len(text.lstrip(b" \t"))

    def column(self, filename: str, line: int, byte_offset: int) -> int:
        """A UTF-8 byte offset within a line (as code objects count) as a character count."""
        return len(self.line(filename, line)[:byte_offset].decode("utf-8", "replace"))


SOURCE_LINES = SourceLines()


def _instruction_column(code: CodeType, instruction_offset: int) -> Optional[int]:
    """The byte column of the instruction at `instruction_offset` (Python 3.11+), else None."""
    positions = getattr(code, "co_positions", None)
    if positions is None or instruction_offset < 0:
        return None
    try:
        for index, position in enumerate(positions()):
            if index == instruction_offset // 2:
                return position[2]
    except Exception:
        return None
    return None


def _code_location(workspace: Workspace, code: CodeType, line: int,
                   instruction_offset: int) -> Location:
    filename = code.co_filename
    column = _instruction_column(code, instruction_offset)
    if column is None:
        column = SOURCE_LINES.indentation(filename, line)
    else:
        column = SOURCE_LINES.column(filename, line, column)
    return Location(workspace.relative(filename), line, column)


def traceback_location(workspace: Workspace, tb: Optional[TracebackType]) -> Optional[Location]:
    """The innermost frame of a traceback that runs learner code."""
    found = None
    while tb is not None:
        code = tb.tb_frame.f_code
        if workspace.owns(code.co_filename):
            found = tb
        tb = tb.tb_next
    if found is None:
        return None
    return _code_location(workspace, found.tb_frame.f_code, found.tb_lineno, found.tb_lasti)


def frame_location(workspace: Workspace, frame: Optional[FrameType]) -> Optional[Location]:
    """The innermost learner frame on a (running) stack, starting from `frame`."""
    while frame is not None:
        code = frame.f_code
        if workspace.owns(code.co_filename):
            return _code_location(workspace, code, frame.f_lineno or 1, frame.f_lasti)
        frame = frame.f_back
    return None


def syntax_error_location(workspace: Workspace, error: BaseException) -> Optional[Location]:
    """A syntax error's own position, when it is in a learner file."""
    filename = getattr(error, "filename", None)
    if not isinstance(error, SyntaxError) or not workspace.owns(filename):
        return None
    offset = error.offset or 1
    return Location(workspace.relative(filename), error.lineno or 1, offset - 1)


def exception_location(workspace: Workspace, error: BaseException) -> Optional[Location]:
    """Rules 1 and 2: a learner syntax error's position, else the innermost learner frame."""
    return syntax_error_location(workspace, error) or traceback_location(
        workspace, error.__traceback__
    )


def _class_location(workspace: Workspace, cls: type) -> Optional[Location]:
    filename = None
    for member in list(vars(cls).values()):
        code = getattr(unwrap_callable(member), "__code__", None)
        if code is not None and workspace.owns(code.co_filename):
            filename = code.co_filename
            break
    if filename is None:
        filename = getattr(sys.modules.get(cls.__module__), "__file__", None)
    if not workspace.owns(filename):
        return None
    line = getattr(cls, "__firstlineno__", None)  # Python 3.13+
    if isinstance(line, int):
        column = SOURCE_LINES.indentation(filename, line)
        return Location(workspace.relative(filename), line, column)
    found = definition_in_file(filename, cls.__qualname__.replace(".<locals>", ""))
    if found is None:
        return Location(workspace.relative(filename), 1, 0)
    return Location(workspace.relative(filename), found[0], found[1])


def definition_location(workspace: Workspace, target: object) -> Optional[Location]:
    """Rule 3: the definition of a learner function or class."""
    target = unwrap_callable(target)
    if isinstance(target, type):
        return _class_location(workspace, target)
    code = getattr(target, "__code__", None)
    if code is None or not workspace.owns(code.co_filename):
        return None
    line = _def_line(code.co_filename, code.co_firstlineno)
    return Location(workspace.relative(code.co_filename), line,
                    SOURCE_LINES.indentation(code.co_filename, line))


def _def_line(filename: str, first_line: int) -> int:
    """The `def` line of a function whose code starts at its first decorator."""
    if not SOURCE_LINES.line(filename, first_line).lstrip().startswith(b"@"):
        return first_line
    for line in range(first_line + 1, first_line + 50):
        if SOURCE_LINES.line(filename, line).lstrip().startswith((b"def ", b"async def ")):
            return line
    return first_line


def definition_in_file(filename: str, name: str) -> Optional[tuple]:
    """(line, column) of the top-level `def`/`class` called `name`, or `Class.method`."""
    ast = import_stdlib("ast")
    try:
        with open(filename, "rb") as source:
            tree = ast.parse(source.read(), filename)
    except (OSError, SyntaxError, ValueError):
        return None
    definitions = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)
    scope: Sequence = tree.body
    node = None
    for part in name.split("."):
        node = next((n for n in scope if isinstance(n, definitions) and n.name == part), None)
        if node is None:
            return None
        scope = node.body
    return (node.lineno, node.col_offset) if node is not None else None


def anchor_location(workspace: Workspace, targets: Sequence[str],
                    anchor: Optional[str]) -> Optional[Location]:
    """Rule 4: the anchor's definition in the first target file, else that file's first line."""
    if not targets:
        return None
    first = targets[0]
    if not os.path.isfile(workspace.resolve(first)):
        return None
    if anchor:
        found = definition_in_file(workspace.resolve(first), anchor)
        if found is not None:
            return Location(first.replace("\\", "/"), found[0], found[1])
    return Location(first.replace("\\", "/"), 1, 0)

