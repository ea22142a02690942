import os
import sys


class LineTracer:
    def __init__(self, folder) -> None:
        self.folder = os.path.realpath(os.fspath(folder))
        self.lines = {}
        self.calls = {}

    def _trace(self, frame, event, arg):
        filename = os.path.realpath(frame.f_code.co_filename)
        if os.path.commonpath([filename, self.folder]) != self.folder:
            return None
        if event == "call":
            self.calls[frame.f_code.co_name] = self.calls.get(frame.f_code.co_name, 0) + 1
        elif event == "line":
            key = (os.path.basename(filename), frame.f_lineno)
            self.lines[key] = self.lines.get(key, 0) + 1
        return self._trace

    def run(self, func, *args, **kwargs):
        saved = sys.gettrace()
        try:
            sys.settrace(self._trace)
            return func(*args, **kwargs)
        finally:
            sys.settrace(saved)
