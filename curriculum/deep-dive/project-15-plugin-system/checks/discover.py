"""Milestone `discover`: find plugins in a folder, isolating broken files (plugkit/loader.py)."""
import sys

from pymastery import call, capture, expect, expect_equal, fail, learner_module, temp_folder

GOOD = '''
from plugkit.contract import Plugin


class Shout(Plugin):
    name = "shout"
    version = "1.0"
    description = "upper-cases text"

    def activate(self, hooks):
        hooks.register("process", str.upper)
'''

TWO = '''
from plugkit.contract import Plugin
from shout_helpers import EXCLAIM


class Exclaim(Plugin):
    name = "exclaim"
    version = "0.2"

    def activate(self, hooks):
        hooks.register("process", lambda text: text + EXCLAIM)


class Whisper(Plugin):
    name = "whisper"
    version = "0.1"

    def activate(self, hooks):
        hooks.register("process", str.lower)


class NotAPlugin:
    name = "helper"
'''

IMPORTS_A_PLUGIN = '''
from plugkit.contract import Plugin
from shout import Shout   # imported, not defined here: it belongs to shout.py


class Tidy(Plugin):
    name = "tidy"
    version = "1.0"

    def activate(self, hooks):
        hooks.register("process", str.strip)
'''

COUNTER = '''
import builtins
builtins.PLUGKIT_IMPORTS = getattr(builtins, "PLUGKIT_IMPORTS", 0) + 1
from plugkit.contract import Plugin


class Counted(Plugin):
    name = "counted"
    version = "1.0"

    def activate(self, hooks):
        pass
'''


def _names(classes):
    return [getattr(cls, "name", cls) for cls in classes]


def check_loads_a_file_by_path():
    """load_file imports a file by its path without touching sys.path"""
    loader = learner_module()
    with temp_folder({"a/text.py": "WHERE = 'a'\n", "b/text.py": "WHERE = 'b'\n"}) as folder:
        before = list(sys.path)
        first = call(loader.load_file, folder.path("a/text.py")).value
        second = call(loader.load_file, folder.path("b/text.py")).value
        expect_equal(sys.path, before, hint="Use importlib.util.spec_from_file_location instead of adding to sys.path.")
    expect_equal((first.WHERE, second.WHERE), ("a", "b"),
                 hint="Two files called text.py in different folders are different modules: give each a name "
                      "of its own, and don't reuse what sys.modules holds.")


def check_finds_plugin_classes():
    """discover finds every plugin class of every file, in file order"""
    loader = learner_module()
    files = {"shout.py": GOOD, "more.py": TWO, "shout_helpers.py": "EXCLAIM = '!'\n",
             "_private.py": "raise RuntimeError('helpers starting with _ are not plugins')\n",
             "notes.txt": "not python"}
    with temp_folder(files) as folder:
        sys.path.insert(0, folder.path())
        try:
            found = call(loader.discover, folder.path()).value
        finally:
            sys.path.remove(folder.path())
    expect_equal(sorted(_names(found.plugins)), ["exclaim", "shout", "whisper"],
                 hint="Collect the Plugin subclasses of each module (inspect.isclass and issubclass), "
                      "and skip files whose names start with '_'.")
    expect_equal(_names(found.plugins)[-1], "shout", hint="Go through the files in name order: more.py before shout.py.")
    expect_equal(found.errors, {}, hint="No file here is broken, so errors should be empty.")


def check_skips_imported_classes():
    """A plugin class imported from another file is not counted twice"""
    loader = learner_module()
    with temp_folder({"shout.py": GOOD, "tidy.py": IMPORTS_A_PLUGIN}) as folder:
        sys.path.insert(0, folder.path())
        try:
            found = call(loader.discover, folder.path()).value
        finally:
            sys.path.remove(folder.path())
    expect_equal(sorted(_names(found.plugins)), ["shout", "tidy"],
                 hint="Keep only classes defined in the file itself: their __module__ is the module's __name__. "
                      "The base class Plugin, imported everywhere, must not be collected either.")


def check_imports_each_file_once():
    """Each plugin file is imported exactly once"""
    import builtins

    loader = learner_module()
    builtins.PLUGKIT_IMPORTS = 0
    try:
        with temp_folder({"counted.py": COUNTER}) as folder:
            call(loader.discover, folder.path())
        count = builtins.PLUGKIT_IMPORTS
    finally:
        del builtins.PLUGKIT_IMPORTS
    expect_equal(count, 1, hint="Run each file's code once (exec_module) and look for classes in that module.")


def check_isolates_broken_plugins():
    """Broken files are reported and the others still load"""
    loader = learner_module()
    files = {
        "a_syntax.py": "def oops(:\n",
        "b_raises.py": "raise ImportError('needs a package that is not installed')\n",
        "c_abstract.py": GOOD.replace("    def activate(self, hooks):\n        hooks.register(\"process\", str.upper)\n",
                                      "    pass\n"),
        "d_good.py": GOOD,
        "e_unnamed.py": GOOD.replace('name = "shout"', 'name = ""'),
    }
    with temp_folder(files) as folder:
        outcome = capture(loader.discover, folder.path())
    if outcome.exception is not None:
        fail("discover() stopped with %s: %s, so no plugin loaded at all" % (
            type(outcome.exception).__name__, outcome.exception),
             hint="One broken file must not take the others down: wrap the import of each file in "
                  "try/except Exception (a SyntaxError is an Exception too) and note the error under its file name.")
    found = outcome.value
    expect_equal(_names(found.plugins), ["shout"],
                 hint="Wrap the import of each file in try/except Exception, and validate() each class, "
                      "so one bad file costs only itself.")
    expect_equal(sorted(found.errors), ["a_syntax.py", "b_raises.py", "c_abstract.py", "e_unnamed.py"],
                 hint="Record every failure in errors under the file's name, with a message saying what went wrong.")
    for name, message in found.errors.items():
        expect(isinstance(message, str) and message.strip(), "errors[%r] is %r, not a message" % (name, message))
    expect("needs a package" in found.errors["b_raises.py"],
           "errors['b_raises.py'] is %r and doesn't say what the file raised" % (found.errors["b_raises.py"],),
           hint="Put the exception's text in the message: str(exc).")
