"""A throwaway SQLite database for the day-13 checks."""
from pymastery import temp_folder


class TempDatabase:
    """A SQLite file in a temporary folder, removed afterwards."""

    def __enter__(self):
        self.folder = temp_folder()
        self.path = self.folder.path("check.db")
        self.url = "sqlite:///" + self.path
        return self

    def __exit__(self, *exc):
        self.folder.remove()
