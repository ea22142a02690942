"""Milestone 2: breakpoints that record the local variables when a line is reached."""
import os
import sys
from typing import Callable, NamedTuple, Optional


class Hit(NamedTuple):
    """One stop at a breakpoint."""

    filename: str
    lineno: int
    function: str
    locals: dict


class Debugger:
    """Stop at chosen lines of the code it runs and note the local variables there."""

    def __init__(self) -> None:
        #: (file name, line number) -> condition (None: always stop)
        self.breakpoints: dict = {}
        #: every stop, in the order they happened
        self.hits: list = []

    def add_breakpoint(self, filename: str, lineno: int,
                       condition: Optional[Callable[[dict], bool]] = None) -> None:
        """Stop before line `lineno` of the file called `filename` runs (when condition(locals) holds)."""
        self.breakpoints[(os.path.basename(filename), lineno)] = condition

    def _local(self, frame, event, arg):
        if event == "line":
            key = (os.path.basename(frame.f_code.co_filename), frame.f_lineno)
            if key in self.breakpoints:
                snapshot = frame.f_locals
                condition = self.breakpoints[key]
                if condition is None or condition(snapshot):
                    self.hits.append(Hit(key[0], key[1], frame.f_code.co_name, snapshot))
        return self._local

    def _global(self, frame, event, arg):
        files = {name for name, _ in self.breakpoints}
        if os.path.basename(frame.f_code.co_filename) in files:
            return self._local
        return None

    def run(self, func, *args, **kwargs):
        """Call func(*args, **kwargs) with the breakpoints active, and return what it returned."""
        previous = sys.gettrace()
        sys.settrace(self._global)
        try:
            return func(*args, **kwargs)
        finally:
            sys.settrace(previous)
