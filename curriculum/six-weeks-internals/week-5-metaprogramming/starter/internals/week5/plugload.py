"""Week 5: plugload, plugins registered by decorator or by metaclass, loaded from settings.

Plugin modules register themselves when they are imported:

    from plugload import Plugin, hooks

    @hooks.register()
    def shout(text):                 # registered in hooks.items as "shout"
        return text.upper()

    class CsvExporter(Plugin):       # registered in Plugin.plugins as "csv"
        name = "csv"

A settings file (Python or JSON) says which plugin modules to import. Try the
example from a terminal in your workspace folder once the milestones are done:

    python internals/week5/plugload.py internals/week5/example/settings.py
"""
import importlib
import importlib.util
import json
import sys
import types
from pathlib import Path


class Registry:
    """A named collection of plugin objects (functions or classes)."""

    def __init__(self):
        self.items = {}

    def register(self, name=None):
        """Register the decorated object and return it unchanged.

        All three forms work::

            @hooks.register             # name: the object's __name__ in lower case
            @hooks.register()           # the same
            @hooks.register("loud")     # name: "loud"

        A name that is already registered raises ValueError.
        """
        # TODO
        raise NotImplementedError("Registry.register is not written yet")

    def get(self, name):
        """Return the object registered as ``name``.

        An unknown name raises KeyError whose message lists the known names, sorted.
        """
        # TODO
        raise NotImplementedError("Registry.get is not written yet")


hooks = Registry()


class PluginMeta(type):
    """The metaclass of plugin classes: creating a subclass registers it."""

    def __new__(mcls, name, bases, namespace, **kwargs):
        """Create the class (``super().__new__``), register it, and return it.

        * A root class, one none of whose bases was made by PluginMeta, gets a
          new, empty ``plugins`` dict of its own and is not registered.
        * Every other class is registered in its root's ``plugins`` dict (which
          it inherits as ``cls.plugins``), under the ``name`` set in its own
          class body, or else its class name in lower case. A class whose own
          body sets ``abstract = True`` is not registered.
        * A name that is already taken raises ValueError.
        """
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        # TODO: give a root class its own plugins dict; register every other class in it
        return cls


class Plugin(metaclass=PluginMeta):
    """The root of this module's plugin classes: subclass it to make a plugin."""


class Settings(dict):
    """A dict of settings that can also be read as attributes in lower case.

        settings["PLUGINS"]  ==  settings.plugins
    """

    def __getattr__(self, name):
        """Python calls this only when normal attribute lookup has failed.

        Return ``self[name.upper()]``. A missing key raises AttributeError (not
        KeyError), so that hasattr() and getattr(obj, name, default) work.
        """
        # TODO
        raise NotImplementedError("Settings.__getattr__ is not written yet")


def load_settings(path):
    """Read settings from a ``.py`` or ``.json`` file and return them as Settings.

    ``.py``: run the file as a new module object, with ``__file__`` set to its
    path, without adding it to ``sys.modules``. Keep only the names that are all
    upper case (``name.isupper()``); helpers, imports and lower-case names are
    left out.

    ``.json``: the file must hold a JSON object (else ValueError); keep all its keys.

    Any other suffix raises ValueError.
    """
    # TODO
    raise NotImplementedError("load_settings is not written yet")


def load_plugins(settings_path):
    """Load the settings, import every plugin module they name, and return the settings.

    ``PLUGINS`` lists module names to import with importlib.import_module.
    ``PLUGIN_DIRS`` (optional) lists folders, relative to the settings file's own
    folder, to search before the rest of ``sys.path``. Importing a module is what
    registers its plugins. Afterwards ``sys.path`` is exactly as it was before,
    also when an import fails (the error itself is not caught).
    """
    # TODO
    raise NotImplementedError("load_plugins is not written yet")


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    if not argv:
        print("usage: python plugload.py SETTINGS_FILE")
        return 2
    # Run as a script, this file is the module __main__. Plugin modules do
    # `from plugload import ...`, which would import this file a second time as a
    # separate module with registries of its own. Make both names the same module.
    sys.modules.setdefault("plugload", sys.modules[__name__])
    settings = load_plugins(argv[0])
    print("settings:", dict(settings))
    print("hooks:   ", sorted(hooks.items))
    print("plugins: ", sorted(Plugin.plugins))
    return 0


if __name__ == "__main__":
    sys.exit(main())
