"""What every plugin is: an interface, its configuration, and a duck-typed test."""
from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from typing import Any, Optional


class PluginError(Exception):
    """A plugin cannot be registered, found or ordered."""


@dataclass
class PluginConfig:
    """How one plugin instance is set up."""

    enabled: bool = True
    priority: int = 0
    options: dict[str, Any] = field(default_factory=dict)


class Plugin(ABC):
    """The base class for plugins: a name, a version, what it requires, and execute()."""

    name: str = ""
    version: str = "0.1"
    requires: tuple[str, ...] = ()

    def __init__(self, config: Optional[PluginConfig] = None) -> None:
        self.config = config if config is not None else PluginConfig()

    @abstractmethod
    def execute(self, data: Any) -> Any:
        """Do the plugin's work on ``data`` and return the result."""

    def __repr__(self) -> str:
        return f"{type(self).__name__}(name={self.name!r}, version={self.version!r})"


def is_plugin(candidate: object) -> bool:
    """Whether ``candidate`` looks like a plugin, whatever its class."""
    name = getattr(candidate, "name", None)
    version = getattr(candidate, "version", None)
    return (isinstance(name, str) and bool(name) and isinstance(version, str)
            and callable(getattr(candidate, "execute", None)))
