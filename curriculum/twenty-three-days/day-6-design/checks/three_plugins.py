"""Checks for the `three-plugins` milestone: the plugins that ship with the system."""
import importlib
import sys

from pymastery import call, capture, expect, expect_equal, expect_in, learner_path


def _plugins(module):
    """Imports plugins.<module> from week1/day6 the way the learner's own code would."""
    folder = learner_path("week1/day6")
    if folder not in sys.path:
        sys.path.insert(0, folder)
    importlib.invalidate_caches()
    return importlib.import_module("plugins." + module)


def check_identity():
    """each plugin has its name, version and requirements"""
    builtin = _plugins("builtin")
    base = _plugins("base")
    for cls, name, requires in ((builtin.TextProcessorPlugin, "text", ()),
                                (builtin.DataValidatorPlugin, "validator", ()),
                                (builtin.NotificationPlugin, "notify", ("text",))):
        plugin = call(cls).value
        expect(isinstance(plugin, base.Plugin), "%s must subclass Plugin." % cls.__name__, at=cls.__name__)
        expect_equal((plugin.name, plugin.version, tuple(plugin.requires)), (name, "1.0", requires),
                     at=cls.__name__)


def check_text_processor():
    """the text plugin trims, squeezes white space, and lower-cases on request"""
    builtin = _plugins("builtin")
    base = _plugins("base")
    plain = call(builtin.TextProcessorPlugin).value
    expect_equal(call(plain.execute, "  Hello \t  big\n\nWorld  ").value, "Hello big World",
                 hint="re.sub(r\"\\s+\", \" \", text) squeezes every run of white space; then strip.",
                 at="TextProcessorPlugin")
    lower = call(builtin.TextProcessorPlugin, call(base.PluginConfig, options={"lowercase": True}).value).value
    expect_equal(call(lower.execute, " MiXeD  Case ").value, "mixed case", at="TextProcessorPlugin")
    outcome = capture(plain.execute, 42)
    expect(isinstance(outcome.exception, TypeError), "execute(42) should raise TypeError.",
           at="TextProcessorPlugin")


def check_data_validator():
    """the validator lists missing required fields in order"""
    builtin = _plugins("builtin")
    base = _plugins("base")
    strict = call(builtin.DataValidatorPlugin,
                  call(base.PluginConfig, options={"required": ["id", "email", "name"]}).value).value
    problems = call(strict.execute, {"name": "Ada"}).value
    expect_equal(len(problems), 2, hint="One problem per missing field.", at="DataValidatorPlugin")
    expect_in("id", problems[0], at="DataValidatorPlugin")
    expect_in("email", problems[1], at="DataValidatorPlugin")
    expect_equal(call(strict.execute, {"id": 1, "email": "a@b", "name": "A"}).value, [],
                 at="DataValidatorPlugin")
    expect_equal(call(call(builtin.DataValidatorPlugin).value.execute, {}).value, [],
                 hint="With no required option, nothing is required.", at="DataValidatorPlugin")
    expect_equal(len(call(strict.execute, ["not", "a", "dict"]).value), 1, at="DataValidatorPlugin")


def check_notification():
    """the notification plugin returns and remembers what it sent"""
    builtin = _plugins("builtin")
    base = _plugins("base")
    pager = call(builtin.NotificationPlugin, call(base.PluginConfig, options={"channel": "pager"}).value).value
    expect_equal(call(pager.execute, "disk full").value, {"channel": "pager", "message": "disk full"},
                 at="NotificationPlugin")
    expect_equal(pager.sent, [{"channel": "pager", "message": "disk full"}], at="NotificationPlugin")
    console = call(builtin.NotificationPlugin).value
    expect_equal(call(console.execute, 7).value, {"channel": "console", "message": "7"},
                 at="NotificationPlugin")
    expect_equal(len(console.sent), 1,
                 hint="Each instance needs its own sent list, created in __init__.",
                 at="NotificationPlugin")
