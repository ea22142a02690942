import importlib.util
import inspect
import pathlib
from typing import Dict, List, NamedTuple

from plugkit.contract import Plugin, validate


class Discovery(NamedTuple):
    plugins: List[type]
    errors: Dict[str, str]


def load_file(path):
    path = pathlib.Path(path)
    spec = importlib.util.spec_from_file_location("plugin_" + path.stem + str(id(path)), path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def discover(folder) -> Discovery:
    plugins = []
    for path in sorted(pathlib.Path(folder).glob("*.py")):
        if path.name.startswith("_"):
            continue
        module = load_file(path)
        for obj in vars(module).values():
            if inspect.isclass(obj) and issubclass(obj, Plugin) and obj.__module__ == module.__name__:
                validate(obj)
                plugins.append(obj)
    return Discovery(plugins, {})
