"""Registering plugins, ordering them by what they require, and finding them in a folder."""
from __future__ import annotations

import importlib.util
import inspect
from pathlib import Path
from typing import Any, Union

from .base import Plugin, PluginError, is_plugin


class PluginManager:
    """Keeps plugins by name."""

    def __init__(self) -> None:
        self._plugins: dict[str, Any] = {}
        self.errors: dict[str, str] = {}

    def register(self, plugin: Any) -> Any:
        if not is_plugin(plugin):
            raise TypeError(f"{plugin!r} is not a plugin")
        if plugin.name in self._plugins:
            raise PluginError(f"a plugin named {plugin.name!r} is already registered")
        self._plugins[plugin.name] = plugin
        return plugin

    def get(self, name: str) -> Any:
        try:
            return self._plugins[name]
        except KeyError:
            raise PluginError(f"no plugin named {name!r}") from None

    def names(self) -> list[str]:
        return list(self._plugins)

    def load_order(self) -> list[str]:
        order: list[str] = []
        state: dict[str, str] = {}

        def visit(name: str, chain: list[str]) -> None:
            if state.get(name) == "done":
                return
            if state.get(name) == "visiting":
                raise PluginError("circular requirement: " + " -> ".join(chain + [name]))
            state[name] = "visiting"
            for needed in getattr(self._plugins[name], "requires", ()):
                if needed not in self._plugins:
                    raise PluginError(f"{name!r} requires {needed!r}, which is not registered")
                visit(needed, chain + [name])
            state[name] = "done"
            order.append(name)

        for name in self._plugins:
            visit(name, [])
        return order

    def execute_all(self, data: Any) -> dict[str, Any]:
        results: dict[str, Any] = {}
        for name in self.load_order():
            plugin = self._plugins[name]
            config = getattr(plugin, "config", None)
            if config is not None and not getattr(config, "enabled", True):
                continue
            results[name] = plugin.execute(data)
        return results

    def discover(self, folder: Union[str, Path]) -> list[str]:
        found: list[str] = []
        for path in sorted(Path(folder).glob("*.py")):
            if path.name.startswith("_"):
                continue
            spec = importlib.util.spec_from_file_location(f"discovered_{path.stem}", path)
            if spec is None or spec.loader is None:
                continue
            module = importlib.util.module_from_spec(spec)
            try:
                spec.loader.exec_module(module)
            except Exception as error:  # one broken plugin file must not stop the rest
                self.errors[path.name] = f"{type(error).__name__}: {error}"
                continue
            for _, value in inspect.getmembers(module, inspect.isclass):
                if (issubclass(value, Plugin) and value.__module__ == module.__name__
                        and not inspect.isabstract(value)):
                    found.append(self.register(value()).name)
        return found
