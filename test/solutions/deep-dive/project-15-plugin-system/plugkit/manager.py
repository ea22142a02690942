"""Load, configure, activate and unload the plugins of one folder."""
from typing import Dict, List, Optional

from plugkit.hooks import HookRegistry
from plugkit.loader import discover


class PluginManager:
    """The application's single door to its plugins."""

    def __init__(self, folder, config: Optional[Dict[str, dict]] = None) -> None:
        self.folder = folder
        self.config = dict(config or {})
        self.hooks = HookRegistry()
        #: active plugin instances, in the order they were activated
        self.plugins: List = []
        #: problems by file name (discovery) or plugin name (loading)
        self.errors: Dict[str, str] = {}

    def load(self) -> None:
        """Discover, instantiate with settings, and activate, lowest priority first."""
        found = discover(self.folder)
        self.errors.update(found.errors)
        for cls in sorted(found.plugins, key=lambda c: (c.priority, c.name)):
            if self.get(cls.name) is not None:
                self.errors[cls.name] = "two plugins are named %r" % cls.name
                continue
            try:
                plugin = cls(self.config.get(cls.name, {}))
                plugin.activate(self.hooks)
            except Exception as exc:
                self.errors[cls.name] = "%s: %s" % (type(exc).__name__, exc)
                continue
            self.plugins.append(plugin)

    def get(self, name: str):
        """The active plugin called `name`, or None."""
        for plugin in self.plugins:
            if plugin.name == name:
                return plugin
        return None

    def unload(self) -> None:
        """Deactivate every plugin, the last activated first, and forget them."""
        while self.plugins:
            plugin = self.plugins.pop()
            try:
                plugin.deactivate()
            except Exception as exc:
                self.errors[plugin.name] = "%s: %s" % (type(exc).__name__, exc)
