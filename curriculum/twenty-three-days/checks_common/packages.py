"""Importing the learner's packages the way they are imported for real."""
import importlib
import sys

from pymastery import call, learner_path


def import_from(root, name):
    """The learner's module `name` (dotted, like "api.main"), imported with the workspace folder
    `root` on sys.path, as `uvicorn api.main:app` or an installed package would import it."""
    root = learner_path(root)
    if root not in sys.path:
        sys.path.insert(0, root)
    importlib.invalidate_caches()
    return call(importlib.import_module, name).value
