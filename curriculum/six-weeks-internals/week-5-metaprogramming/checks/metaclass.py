"""Checks for the `plugin-metaclass` milestone: classes that register themselves."""
from pymastery import capture, expect, expect_equal, expect_isinstance, fail, learner_module


def _make(meta, name, bases=(), body=None):
    """Create a class through the learner's metaclass, as a class statement would."""
    return capture(meta, name, bases, dict(body or {}, __module__=__name__, __qualname__=name))


def _built(outcome, what):
    if outcome.exception is not None:
        fail("creating {} raised {}: {}".format(what, type(outcome.exception).__name__, outcome.exception),
             hint="PluginMeta.__new__ must build the class with super().__new__(mcls, name, bases, "
                  "namespace, **kwargs) and return it.")
    return outcome.value


def _plugins(cls):
    plugins = getattr(cls, "plugins", None)
    if not isinstance(plugins, dict):
        fail("{} has no plugins dict (its plugins attribute is {!r})".format(cls.__name__, plugins),
             hint="In PluginMeta.__new__, give every root class cls.plugins = {}. Its subclasses "
                  "reach that same dict through inheritance.")
    return plugins


def check_root_gets_a_registry():
    """a root class gets an empty plugins dict and is not registered"""
    tool = learner_module()
    root = _built(_make(tool.PluginMeta, "Exporter"), "a root class")
    expect_isinstance(root, tool.PluginMeta, hint="Return the class that super().__new__ built.")
    expect_equal(vars(root).get("plugins"), {},
                 hint="A class with no PluginMeta base is a root: set cls.plugins = {} on it.")
    expect_equal(_plugins(tool.Plugin), {},
                 hint="Plugin is a root too, so it has its own empty plugins dict.")


def check_subclasses_register():
    """subclasses register under their name, or their lower-cased class name"""
    tool = learner_module()
    root = _built(_make(tool.PluginMeta, "Exporter"), "a root class")
    csv = _built(_make(tool.PluginMeta, "CsvExporter", (root,), {"name": "csv"}), "a subclass")
    xml = _built(_make(tool.PluginMeta, "XmlExporter", (root,)), "a subclass")
    expect_equal(_plugins(root), {"csv": csv, "xmlexporter": xml},
                 hint="Register each non-root class in cls.plugins (inherited from the root) under "
                      "namespace.get('name'), or name.lower() when the body sets none.")


def check_nested_and_abstract():
    """deeper subclasses register in the same root; abstract ones don't"""
    tool = learner_module()
    root = _built(_make(tool.PluginMeta, "Storage"), "a root class")
    base = _built(_make(tool.PluginMeta, "Remote", (root,), {"abstract": True}), "an abstract class")
    s3 = _built(_make(tool.PluginMeta, "S3", (base,), {"name": "s3"}), "a subclass of the abstract class")
    disk = _built(_make(tool.PluginMeta, "Disk", (root,)), "a subclass")
    expect_equal(_plugins(root), {"s3": s3, "disk": disk},
                 hint="Skip a class whose *own* namespace sets abstract = True. Its subclasses, "
                      "which inherit the attribute but don't set it themselves, still register.")
    expect(getattr(base, "plugins", None) is _plugins(root),
           "the abstract class got a registry of its own",
           hint="Only root classes get a new plugins dict.")


def check_roots_are_separate():
    """two roots keep separate registries"""
    tool = learner_module()
    first = _built(_make(tool.PluginMeta, "Reader"), "a root class")
    second = _built(_make(tool.PluginMeta, "Writer"), "another root class")
    _built(_make(tool.PluginMeta, "Csv", (first,)), "a subclass")
    _built(_make(tool.PluginMeta, "Csv", (second,)), "a subclass of the other root")
    expect_equal(sorted(_plugins(first)), ["csv"], hint="Each root gets its own dict.")
    expect_equal(sorted(_plugins(second)), ["csv"],
                 hint="The same plugin name may exist under two different roots.")


def check_duplicates():
    """a duplicate name raises ValueError"""
    tool = learner_module()
    root = _built(_make(tool.PluginMeta, "Codec"), "a root class")
    first = _built(_make(tool.PluginMeta, "Gzip", (root,), {"name": "gz"}), "a subclass")
    outcome = _make(tool.PluginMeta, "FastGzip", (root,), {"name": "gz"})
    expect_isinstance(outcome.exception, ValueError,
                      hint="Raise ValueError when the name is already in plugins. The class statement "
                           "then fails, and no half-registered class is left behind.")
    expect(_plugins(root).get("gz") is first, "the first 'gz' plugin was replaced",
           hint="Check before you store.")


def check_class_statement():
    """a class statement that subclasses Plugin registers too"""
    tool = learner_module()

    def define():
        class Shouter(tool.Plugin):
            name = "shout"
        return Shouter

    shouter = _built(capture(define), "a subclass of Plugin")
    expect(_plugins(tool.Plugin).get("shout") is shouter, "Plugin.plugins has no 'shout' after the class statement",
           hint="A class statement calls the metaclass of its base, which is PluginMeta.")
