"""Checks for the `plugins` milestone (week2/plugins.py)."""
from pymastery import call, expect, expect_equal, expect_raises, learner_module


def _define(module, name, process, priority=None, base=None):
    namespace = {"process": lambda self, text: process(text)}
    if name is not None:
        namespace["name"] = name
    if priority is not None:
        namespace["priority"] = priority
    return type(f"P_{name}", (base or module.Plugin,), namespace)


def check_subclasses_register():
    """a subclass with a name registers itself"""
    module = learner_module()
    upper = _define(module, "upper", str.upper)
    expect_equal(module.Plugin.registry.get("upper"), upper,
                 hint="Python calls __init_subclass__ when a subclass is defined: store cls in "
                      "Plugin.registry under cls.name there.")


def check_create():
    """Plugin.create builds a plugin by name"""
    module = learner_module()

    class Repeat(module.Plugin):
        name = "repeat"

        def __init__(self, times=2):
            self.times = times

        def process(self, text):
            return text * self.times

    plugin = call(module.Plugin.create, "repeat", times=3).value
    expect(isinstance(plugin, Repeat), f"create('repeat') returned {plugin!r}")
    expect_equal(call(plugin.process, "ab").value, "ababab",
                 hint="Pass the keyword options on: registry[name](**options).")
    expect_raises(module.PluginError, module.Plugin.create, "nothing-here",
                  hint="An unknown name raises PluginError, not KeyError.")


def check_helpers_without_name():
    """a subclass without a name of its own is not registered"""
    module = learner_module()
    base = _define(module, None, str.strip)
    expect_equal(dict(module.Plugin.registry), {},
                 hint="Only register classes that set name in their own body: cls.__dict__.get('name').")
    child = _define(module, "child", str.title, base=base)
    _define(module, None, str.lower, base=child)
    expect_equal(list(module.Plugin.registry), ["child"],
                 hint="A subclass of a registered plugin inherits its name; that is not a new name.")


def check_duplicates_and_bad_names():
    """a name used twice, or an empty name, raises PluginError"""
    module = learner_module()
    _define(module, "trim", str.strip)
    expect_raises(module.PluginError, _define, module, "trim", str.lower,
                  hint="Check whether the name is already in the registry before storing it.")
    expect_raises(module.PluginError, _define, module, "", str.lower,
                  hint="A name must be a non-empty str.")


def check_run_all_by_priority():
    """run_all applies plugins by priority, then by name"""
    module = learner_module()
    _define(module, "exclaim", lambda t: t + "!", priority=50)
    _define(module, "upper", str.upper, priority=10)
    _define(module, "bracket", lambda t: f"[{t}]", priority=50)
    _define(module, "strip", str.strip)
    expect_equal(call(module.Plugin.run_all, "  hi ").value, "[  HI ]!",
                 hint="Sort the plugins by (priority, name): upper (10), bracket (50), exclaim (50), "
                      "strip (100, the default).")
    expect_equal(call(module.Plugin.run_all, " hi ", ["strip", "exclaim"]).value, "hi !",
                 hint="With names given, run only those, still in priority order: exclaim (50) "
                      "before strip (100), whatever order the names come in.")


def check_unregister():
    """unregister forgets a plugin"""
    module = learner_module()
    _define(module, "upper", str.upper)
    call(module.Plugin.unregister, "upper")
    expect_equal(dict(module.Plugin.registry), {})
    _define(module, "upper", str.lower)
    expect_equal(call(module.Plugin.run_all, "Hi").value, "hi",
                 hint="After unregister the name is free again.")
