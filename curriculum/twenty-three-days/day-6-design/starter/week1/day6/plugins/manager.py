"""Registering plugins, ordering them by what they require, and finding them in a folder."""
from __future__ import annotations

import importlib.util
import inspect
from pathlib import Path
from typing import Any, Union

from .base import Plugin, PluginError, is_plugin


class PluginManager:
    """Keeps plugins by name.

    - ``register(plugin)`` adds it and returns it. Something that is not a plugin (see
      is_plugin) is a TypeError; a name already taken is a PluginError.
    - ``get(name)`` returns the plugin, or raises PluginError for an unknown name.
    - ``names()`` lists the names in the order they were registered.
    - ``load_order()`` lists every name once, so that each plugin comes after all the plugins
      it requires. When no plugin requires another, the order is the registration order.
      A requirement that is not registered, or a cycle of requirements, is a PluginError
      that names the plugins involved.
    - ``execute_all(data)`` calls ``execute(data)`` on each plugin in load order, skipping
      plugins whose config has ``enabled`` False, and returns ``{name: result}``.
    - ``discover(folder)`` loads every .py file in ``folder`` whose name does not start with
      "_" (in name order) with importlib, and registers one instance, made without arguments,
      of each concrete Plugin subclass that file defines itself. It returns the names it
      registered. A file that raises while loading is skipped, and ``self.errors`` maps its
      file name to a message.
    """

    def __init__(self) -> None:
        raise NotImplementedError("PluginManager is not written yet")
