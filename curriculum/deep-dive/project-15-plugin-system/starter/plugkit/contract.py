"""The contract every plugin signs, and the check that it really did."""
import inspect  # noqa: F401  (isclass may help)
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
    """Raise PluginError, saying why, unless `cls` is a usable Plugin class.

    Usable means: a class, a subclass of Plugin, with no abstract method left
    unimplemented, a non-empty str `name`, a non-empty str `version`, and an int
    `priority` (True and False don't count as ints here). Return None when all is well.
    Judge the class itself: never create an instance of it.
    """
    # TODO
    raise NotImplementedError("validate() is not written yet")
