"""Checks for the `discovery` milestone: finding plugins in a folder with importlib."""
import importlib
import os
import sys
import tempfile

from pymastery import call, expect, expect_equal, expect_in, learner_path


def _plugins(module):
    """Imports plugins.<module> from week1/day6 the way the learner's own code would."""
    folder = learner_path("week1/day6")
    if folder not in sys.path:
        sys.path.insert(0, folder)
    importlib.invalidate_caches()
    return importlib.import_module("plugins." + module)


PLUGIN_FILE = '''from plugins.base import Plugin


class Shout(Plugin):
    name = "shout"
    version = "0.3"

    def execute(self, data):
        return str(data).upper()
'''

TWO_PLUGINS = '''from plugins.base import Plugin
from plugins.builtin import TextProcessorPlugin   # imported, not defined here


class Helper:
    pass


class Counter(Plugin):
    name = "count"
    version = "1"

    def execute(self, data):
        return len(data)


class Reverse(Plugin):
    name = "reverse"
    version = "1"

    def execute(self, data):
        return data[::-1]
'''

BROKEN = '''raise RuntimeError("this plugin is broken")
'''

PRIVATE = '''raise SystemExit("files starting with _ must not be loaded")
'''


def _folder(files):
    folder = tempfile.mkdtemp(prefix="pm-plugins-")
    for name, text in files.items():
        with open(os.path.join(folder, name), "w", encoding="utf-8") as handle:
            handle.write(text)
    return folder


def check_discovers_one_plugin():
    """discover loads a plugin file and registers its plugin"""
    manager_module = _plugins("manager")
    manager = call(manager_module.PluginManager).value
    found = call(manager.discover, _folder({"shout.py": PLUGIN_FILE})).value
    expect_equal(found, ["shout"], at="PluginManager")
    expect_equal(call(call(manager.get, "shout").value.execute, "hi").value, "HI", at="PluginManager")


def check_only_classes_defined_in_the_file():
    """only concrete Plugin subclasses the file defines itself are registered"""
    manager_module = _plugins("manager")
    manager = call(manager_module.PluginManager).value
    found = call(manager.discover, _folder({"tools.py": TWO_PLUGINS, "_private.py": PRIVATE})).value
    expect_equal(sorted(found), ["count", "reverse"],
                 hint="Keep classes whose __module__ is the loaded module's name and that are "
                      "subclasses of Plugin (not Plugin itself, not imported ones), and skip files "
                      "whose name starts with _.", at="PluginManager")
    expect_equal(sorted(call(manager.names).value), ["count", "reverse"], at="PluginManager")


def check_broken_file_is_skipped():
    """a file that fails to load is skipped and its error kept"""
    manager_module = _plugins("manager")
    manager = call(manager_module.PluginManager).value
    found = call(manager.discover, _folder({"a_broken.py": BROKEN, "b_shout.py": PLUGIN_FILE})).value
    expect_equal(found, ["shout"],
                 hint="Wrap the loading of each file in try/except Exception so one broken file "
                      "cannot stop the others.", at="PluginManager")
    errors = getattr(manager, "errors", None)
    expect(isinstance(errors, dict) and "a_broken.py" in errors,
           "manager.errors should map 'a_broken.py' to what went wrong, got %r." % (errors,),
           at="PluginManager")
    expect_in("broken", str(errors["a_broken.py"]), at="PluginManager")
