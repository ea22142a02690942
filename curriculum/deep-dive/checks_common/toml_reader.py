"""Reading TOML in checks on every Python the track supports, with the harness's reader
(tomllib on 3.11+, tomli where it is installed, else its own small reader)."""
from pymastery import read_toml


def load_toml(text, name="pyproject.toml"):
    """The parsed document; TOML that doesn't parse fails the check with the reader's message."""
    return read_toml(text, name)
