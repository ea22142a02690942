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
        super().__init_subclass__(**kwargs)
        name = cls.name
        if name is None:
            return
        if not isinstance(name, str) or not name:
            raise PluginError(f"{cls.__name__}.name must be a non-empty str")
        if name in Plugin.registry:
            raise PluginError(f"a plugin named {name!r} is already registered")
        Plugin.registry[name] = cls

    def process(self, text):
        """Return ``text`` changed by this plugin."""
        raise NotImplementedError

    @classmethod
    def create(cls, name, **options):
        """Return a new instance of the plugin registered as ``name``, built with ``options``."""
        try:
            plugin_class = cls.registry[name]
        except KeyError:
            raise PluginError(f"no plugin named {name!r}") from None
        return plugin_class(**options)

    @classmethod
    def run_all(cls, text, names=None):
        """Pass ``text`` through the named plugins (default: all), by priority then name."""
        chosen = list(cls.registry) if names is None else list(names)
        plugins = [cls.create(name) for name in chosen]
        plugins.sort(key=lambda plugin: (plugin.priority, plugin.name))
        for plugin in plugins:
            text = plugin.process(text)
        return text

    @classmethod
    def unregister(cls, name):
        """Forget the plugin registered as ``name``."""
        cls.registry.pop(name, None)
