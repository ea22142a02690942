"""What every plugin is: an interface, its configuration, and a duck-typed test."""
from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from typing import Any, Optional


class PluginError(Exception):
    """A plugin cannot be registered, found or ordered."""


class PluginConfig:
    """How one plugin instance is set up.

    TODO: make this a dataclass with three fields: ``enabled`` (bool, default True),
    ``priority`` (int, default 0) and ``options`` (a dict, default empty, and never shared
    between two configs).
    """


class Plugin:
    """The base class for plugins.

    TODO: make Plugin an abstract base class whose abstract method is ``execute(self, data)``.

    Subclasses set the class attributes ``name`` (a non-empty str), ``version`` (a str) and
    ``requires`` (a tuple of the names of plugins that must run before this one).
    ``Plugin(config=None)`` keeps ``config`` as ``self.config``; without one, each instance
    gets a new default PluginConfig of its own.
    """

    name: str = ""
    version: str = "0.1"
    requires: tuple[str, ...] = ()

    def __init__(self, config: Optional[PluginConfig] = None) -> None:
        raise NotImplementedError("Plugin is not written yet")


def is_plugin(candidate: object) -> bool:
    """Whether ``candidate`` looks like a plugin, whatever its class (duck typing).

    True when it has a non-empty str ``name``, a str ``version`` and a callable ``execute``.
    """
    # TODO
    raise NotImplementedError("is_plugin is not written yet")
