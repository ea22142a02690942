import importlib.machinery
import inspect
import os
from typing import Dict, List, NamedTuple

from plugkit.contract import Plugin, PluginError, validate


class Discovery(NamedTuple):
    plugins: List[type]
    errors: Dict[str, str]


_count = 0


def load_file(path):
    global _count
    _count += 1
    name = "_plugin_%d" % _count
    return importlib.machinery.SourceFileLoader(name, os.fspath(path)).load_module()


def discover(folder) -> Discovery:
    found = Discovery([], {})
    for entry in sorted(os.listdir(folder)):
        if not entry.endswith(".py") or entry.startswith("_"):
            continue
        try:
            module = load_file(os.path.join(folder, entry))
            for obj in list(module.__dict__.values()):
                if isinstance(obj, type) and issubclass(obj, Plugin) and obj.__module__ == module.__name__:
                    validate(obj)
                    found.plugins.append(obj)
        except (Exception, PluginError) as exc:
            found.errors[entry] = repr(exc)
    return found
