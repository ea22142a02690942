"""Milestone 2: breakpoints that record the local variables when a line is reached."""
import os  # noqa: F401
import sys  # noqa: F401
from typing import Callable, NamedTuple, Optional


class Hit(NamedTuple):
    """One stop at a breakpoint."""

    filename: str      # the file's name without its folder, "shop.py"
    lineno: int
    function: str      # the name of the function that was running
    locals: dict       # its local variables at that moment, a copy


class Debugger:
    """Stop at chosen lines of the code it runs and note the local variables there."""

    def __init__(self) -> None:
        #: (file name, line number) -> condition (None: always stop)
        self.breakpoints: dict = {}
        #: every stop, in the order they happened
        self.hits: list = []

    def add_breakpoint(self, filename: str, lineno: int,
                       condition: Optional[Callable[[dict], bool]] = None) -> None:
        """Stop before line `lineno` of the file called `filename` runs.

        `filename` may be a whole path; only its last part counts. With a condition,
        stop only when condition(locals) is true.
        """
        # TODO
        raise NotImplementedError("add_breakpoint() is not written yet")

    def run(self, func, *args, **kwargs):
        """Call func(*args, **kwargs) with the breakpoints active, and return what it returned.

        Each stop appends a Hit to self.hits. The trace function installed before is
        back in place afterwards, also when func raises.
        """
        # TODO
        raise NotImplementedError("Debugger.run() is not written yet")
