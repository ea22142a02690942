"""Load, configure, activate and unload the plugins of one folder."""
from typing import Dict, List, Optional

from plugkit.hooks import HookRegistry
from plugkit.loader import discover  # noqa: F401


class PluginManager:
    """The application's single door to its plugins."""

    def __init__(self, folder, config: Optional[Dict[str, dict]] = None) -> None:
        self.folder = folder
        #: plugin name -> that plugin's settings
        self.config = dict(config or {})
        self.hooks = HookRegistry()
        #: active plugin instances, in the order they were activated
        self.plugins: List = []
        #: problems by file name (discovery) or plugin name (loading)
        self.errors: Dict[str, str] = {}

    def load(self) -> None:
        """Discover the folder's plugins and start them, lowest priority first (ties by name).

        Each plugin is made with its own settings (self.config.get(name, {})) and then
        activated with self.hooks. A plugin whose constructor or activate() raises, or
        whose name is already taken by an active plugin, is left out and reported in
        self.errors under its name; discovery problems are copied into self.errors too.
        """
        # TODO
        raise NotImplementedError("load() is not written yet")

    def get(self, name: str):
        """The active plugin called `name`, or None."""
        # TODO
        raise NotImplementedError("get() is not written yet")

    def unload(self) -> None:
        """Deactivate every plugin, the last activated first, and forget them."""
        # TODO
        raise NotImplementedError("unload() is not written yet")
