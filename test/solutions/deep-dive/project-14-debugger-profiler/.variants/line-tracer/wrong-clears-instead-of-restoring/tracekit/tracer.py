"""Milestone 1: which lines ran, and how often each function was called."""
import os
import sys


class LineTracer:
    """Record the lines run and the calls made by code in the files of one folder."""

    def __init__(self, folder) -> None:
        self.folder = os.path.realpath(os.fspath(folder))
        #: (file name, line number) -> how many times that line ran
        self.lines: dict = {}
        #: function name -> how many times it was called
        self.calls: dict = {}

    def _watched(self, code) -> bool:
        path = os.path.realpath(code.co_filename)
        return os.path.dirname(path) == self.folder or path.startswith(self.folder + os.sep)

    def _local(self, frame, event, arg):
        if event == "line":
            key = (os.path.basename(frame.f_code.co_filename), frame.f_lineno)
            self.lines[key] = self.lines.get(key, 0) + 1
        return self._local

    def _global(self, frame, event, arg):
        if event != "call" or not self._watched(frame.f_code):
            return None
        name = frame.f_code.co_name
        self.calls[name] = self.calls.get(name, 0) + 1
        return self._local

    def run(self, func, *args, **kwargs):
        """Call func(*args, **kwargs) while tracing, and return what it returned."""
        previous = sys.gettrace()
        sys.settrace(self._global)
        try:
            return func(*args, **kwargs)
        finally:
            sys.settrace(None)
