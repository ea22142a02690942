"""Week 2: a plugin system. Subclasses of Plugin register themselves."""


class PluginError(Exception):
    """Raised for a plugin without a name, a name used twice, or an unknown name."""


class Plugin:
    """Base class of every plugin.

    A subclass that sets ``name`` (a non-empty str) is registered in ``Plugin.registry``
    under that name when the class statement runs. A subclass without a name of its own
    (``name`` inherited or missing) is an abstract helper and is not registered. A name
    already registered raises PluginError. ``priority`` (default 100) orders plugins in
    ``run_all``, lowest first, ties by name.
    """

    registry = {}
    name = None
    priority = 100

    def __init_subclass__(cls, **kwargs):
        # TODO
        raise NotImplementedError("__init_subclass__ is not written yet")

    def process(self, text):
        """Return ``text`` changed by this plugin. Each plugin class overrides it."""
        raise NotImplementedError

    @classmethod
    def create(cls, name, **options):
        """Return a new instance of the plugin registered as ``name``, built with ``options``."""
        # TODO
        raise NotImplementedError("create is not written yet")

    @classmethod
    def run_all(cls, text, names=None):
        """Pass ``text`` through the named plugins (default: all), by priority then name."""
        # TODO
        raise NotImplementedError("run_all is not written yet")

    @classmethod
    def unregister(cls, name):
        """Forget the plugin registered as ``name``."""
        # TODO
        raise NotImplementedError("unregister is not written yet")
