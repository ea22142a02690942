"""Find plugin classes in a folder of .py files."""
import importlib.util
import inspect
import pathlib
from typing import Dict, List, NamedTuple

from plugkit.contract import Plugin, PluginError, validate


class Discovery(NamedTuple):
    """What discover() found: the plugin classes, and the problems by file name."""

    plugins: List[type]
    errors: Dict[str, str]


def load_file(path):
    """Import the Python file at `path` as a new module and return it."""
    path = pathlib.Path(path).resolve()
    module_name = "plugkit_found_%d_%s" % (abs(hash(str(path))), path.stem)
    spec = importlib.util.spec_from_file_location(module_name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def discover(folder) -> Discovery:
    """Import every plugin file in `folder` and collect its plugin classes."""
    plugins, errors = [], {}
    for path in sorted(pathlib.Path(folder).glob("*.py")):
        if path.name.startswith("_"):
            continue
        try:
            module = load_file(path)
        except Exception as exc:
            errors[path.name] = "%s: %s" % (type(exc).__name__, exc)
            continue
        for _, obj in sorted(vars(module).items()):
            if not inspect.isclass(obj) or obj.__module__ != module.__name__:
                continue
            if not issubclass(obj, Plugin):
                continue
            try:
                validate(obj)
            except PluginError as exc:
                errors[path.name] = str(exc)
                continue
            plugins.append(obj)
    return Discovery(plugins, errors)
