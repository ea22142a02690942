"""Checks for the `plugin-interface` milestone: Plugin, PluginConfig and is_plugin."""
import dataclasses
import importlib
import sys

from pymastery import call, capture, expect, expect_equal, learner_path


def _plugins(module):
    """Imports plugins.<module> from week1/day6 the way the learner's own code would."""
    folder = learner_path("week1/day6")
    if folder not in sys.path:
        sys.path.insert(0, folder)
    importlib.invalidate_caches()
    return importlib.import_module("plugins." + module)


def check_config_is_a_dataclass():
    """PluginConfig is a dataclass with enabled, priority and options"""
    base = _plugins("base")
    expect(dataclasses.is_dataclass(base.PluginConfig), "PluginConfig is not a dataclass.",
           hint="Put @dataclass on the class and declare each field with a type annotation.",
           at="PluginConfig")
    config = call(base.PluginConfig).value
    expect_equal((config.enabled, config.priority, config.options), (True, 0, {}), at="PluginConfig")
    custom = call(base.PluginConfig, enabled=False, priority=3, options={"a": 1}).value
    expect_equal((custom.enabled, custom.priority, custom.options), (False, 3, {"a": 1}),
                 at="PluginConfig")
    expect(custom == call(base.PluginConfig, False, 3, {"a": 1}).value,
           "Two configs with the same fields should be equal.",
           hint="A dataclass writes __eq__ for you.", at="PluginConfig")


def check_config_options_are_not_shared():
    """each config gets its own options dict"""
    base = _plugins("base")
    first = call(base.PluginConfig).value
    second = call(base.PluginConfig).value
    first.options["colour"] = "red"
    expect_equal(second.options, {},
                 hint="A mutable default must come from field(default_factory=dict); a plain "
                      "{} would be one dict for every config (dataclasses refuse it anyway).",
                 at="PluginConfig")


def check_plugin_is_abstract():
    """Plugin cannot be created, nor can a subclass without execute"""
    base = _plugins("base")
    outcome = capture(base.Plugin)
    expect(isinstance(outcome.exception, TypeError),
           "Plugin() should raise TypeError because it is abstract.",
           hint="Derive Plugin from ABC and mark execute with @abstractmethod.", at="Plugin")

    class NoExecute(base.Plugin):
        name = "lazy"

    outcome = capture(NoExecute)
    expect(isinstance(outcome.exception, TypeError),
           "A subclass without execute() could still be created.", at="Plugin")


def check_plugin_keeps_its_config():
    """a plugin keeps the config it was given, or a new default one of its own"""
    base = _plugins("base")

    class Echo(base.Plugin):
        name = "echo"

        def execute(self, data):
            return data

    given = call(base.PluginConfig, priority=9).value
    expect(call(Echo, given).value.config is given, "Plugin(config) should keep that very config.",
           at="Plugin")
    first, second = call(Echo).value, call(Echo).value
    expect(isinstance(first.config, base.PluginConfig), "Without a config, use a PluginConfig().",
           at="Plugin")
    first.config.options["x"] = 1
    expect_equal(second.config.options, {},
                 hint="Create the default config inside __init__ (config=None, then a new one), "
                      "so two plugins never share it.", at="Plugin")
    expect_equal((Echo.version, Echo.requires), ("0.1", ()),
                 hint="Keep the class attributes version = \"0.1\" and requires = ().", at="Plugin")


def check_duck_typing():
    """is_plugin accepts anything shaped like a plugin, and nothing else"""
    base = _plugins("base")

    class Duck:
        name = "duck"
        version = "2.0"

        def execute(self, data):
            return data

    class NoVersion:
        name = "half"

        def execute(self, data):
            return data

    class NotCallable:
        name = "odd"
        version = "1"
        execute = "run"

    class Nameless(Duck):
        name = ""

    expect(call(base.is_plugin, Duck()).value is True,
           "is_plugin rejected an object with name, version and execute that does not inherit "
           "from Plugin.",
           hint="Duck typing: look at what the object has (getattr), not at its class.",
           at="is_plugin")
    for thing, why in ((NoVersion(), "has no version"), (NotCallable(), "has an execute that is "
                        "not callable"), (Nameless(), "has an empty name"), (42, "is a number")):
        expect(call(base.is_plugin, thing).value is False,
               "is_plugin accepted an object that %s." % why, at="is_plugin")
