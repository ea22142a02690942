"""The contract every plugin signs, and the check that it really did."""
import inspect
from abc import ABC, abstractmethod


class PluginError(Exception):
    """A plugin broke the contract, or failed while loading."""


class Plugin(ABC):
    """Base class of every plugin.

    A plugin class sets `name` (a non-empty str) and `version` (a str), may set
    `description` and `priority` (an int; lower runs first), and implements activate().
    """

    name: str = ""
    version: str = ""
    description: str = ""
    priority: int = 100

    def __init__(self, settings=None) -> None:
        #: This plugin's own settings, from the application's configuration.
        self.settings = dict(settings or {})

    @abstractmethod
    def activate(self, hooks) -> None:
        """Register this plugin's callbacks with the HookRegistry `hooks`."""

    def deactivate(self) -> None:
        """Release whatever activate() acquired. The default does nothing."""


def validate(cls) -> None:
    """Raise PluginError, saying why, unless `cls` is a usable Plugin class."""
    if not inspect.isclass(cls) or not issubclass(cls, Plugin):
        raise PluginError("%r is not a subclass of Plugin" % (cls,))
    missing = sorted(getattr(cls, "__abstractmethods__", ()))
    if missing:
        raise PluginError("%s does not implement %s" % (cls.__name__, ", ".join(missing)))
    if not isinstance(cls.name, str) or not cls.name.strip():
        raise PluginError("%s has no name: set name to a non-empty string" % cls.__name__)
    if not isinstance(cls.version, str) or not cls.version:
        raise PluginError("%s: version must be a non-empty string" % cls.name)
    if not isinstance(cls.priority, int):
        raise PluginError("%s: priority must be an int, not %r" % (cls.name, cls.priority))
