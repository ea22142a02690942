"""Find plugin classes in a folder of .py files."""
import importlib.util  # noqa: F401
import inspect  # noqa: F401
import pathlib  # noqa: F401
from typing import Dict, List, NamedTuple

from plugkit.contract import Plugin, PluginError, validate  # noqa: F401


class Discovery(NamedTuple):
    """What discover() found: the plugin classes, and the problems by file name."""

    plugins: List[type]
    errors: Dict[str, str]


def load_file(path):
    """Import the Python file at `path` as a new module and return it.

    Don't touch sys.path, and give each file a module name of its own, so that
    two folders can both hold a `text.py`.
    """
    # TODO
    raise NotImplementedError("load_file() is not written yet")


def discover(folder) -> Discovery:
    """Import every plugin file in `folder` and collect its plugin classes.

    Plugin files are the *.py files directly in `folder`, in name order; names that
    start with "_" are helpers and are skipped. A plugin class is a subclass of
    Plugin defined in that file (not one it imported). Every plugin class must pass
    validate(). A file that fails to import, or a class that fails validation, is
    reported in `errors` under the file's name ("broken.py"), and everything else
    still loads.
    """
    # TODO
    raise NotImplementedError("discover() is not written yet")
