"""Helpers for the deep-dive checks that import a learner's package (api/, ssg/, crawler/,
pkgcreator/) the way `python -m` or a web server would: by its dotted name, workspace first."""
import importlib
import sys

from pymastery import call, learner_path


def fresh_import(name):
    """The learner's module `name` ("api.main"), imported afresh with the workspace on sys.path.

    Every module of the same top-level package is forgotten first, so each check sees the files
    as they are now and no state is left over from an earlier check."""
    root = learner_path("")
    if root not in sys.path:
        sys.path.insert(0, root)
    top = name.split(".")[0]
    for loaded in list(sys.modules):
        if loaded == top or loaded.startswith(top + "."):
            del sys.modules[loaded]
    _forget_pydantic_validators()
    importlib.invalidate_caches()
    return call(importlib.import_module, name).value


def _forget_pydantic_validators():
    """pydantic 1 remembers every @validator function by its qualified name and refuses to see
    one twice, so importing the same models again would fail: let it forget them."""
    validators = sys.modules.get("pydantic.class_validators")
    registry = getattr(validators, "_FUNCS", None)
    if isinstance(registry, set):
        registry.clear()
