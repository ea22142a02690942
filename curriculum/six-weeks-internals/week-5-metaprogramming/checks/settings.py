"""Checks for the `load-settings` milestone: Settings.__getattr__ and load_settings."""
import json
import os
import sys
from pathlib import Path

from pymastery import call, capture, expect, expect_equal, expect_in, expect_isinstance, learner_module, temp_folder


PY_SETTINGS = '''
import os
from pathlib import Path

DEBUG = True
WORKERS = 2 * 4
NAMES = ["a", "b"]
WHERE = __file__
Mixed_Case = "no"
LIMIT_2 = 10
helper = "no"

def HELPER_FUNCTION_IS_UPPER():
    return 1
'''


def check_attribute_access():
    """Settings reads keys as lower-case attributes"""
    tool = learner_module()
    settings = tool.Settings({"DEBUG": True, "PLUGINS": ["x"]})
    expect_equal(call(getattr, settings, "debug").value, True,
                 hint="__getattr__ runs only when normal lookup fails. Return self[name.upper()].")
    expect_equal(settings.plugins, ["x"], hint="settings.plugins is settings['PLUGINS'].")
    expect(callable(settings.keys), "settings.keys no longer is the dict method",
           hint="Normal lookup finds keys, items, get... first; __getattr__ is the fallback.")
    outcome = capture(getattr, settings, "missing")
    expect_isinstance(outcome.exception, AttributeError,
                      hint="Turn the KeyError into AttributeError, so hasattr() says False instead of crashing.")
    expect_equal(getattr(settings, "missing", "fallback"), "fallback",
                 hint="getattr with a default catches only AttributeError.")


def check_python_settings():
    """a .py file gives its upper-case names only"""
    tool = learner_module()
    with temp_folder() as scratch:
        folder = Path(scratch.path())
        path = folder / "config_{}.py".format(os.getpid())
        path.write_text(PY_SETTINGS)
        before = set(sys.modules)
        settings = call(tool.load_settings, str(path)).value
        expect_isinstance(settings, tool.Settings, hint="Return a Settings object.")
        where = settings.get("WHERE")
        expect(where is not None and os.path.realpath(str(where)) == os.path.realpath(str(path)),
               "__file__ inside the settings file was {!r}".format(where),
               hint="Set __file__ on the module before running the code (spec_from_file_location "
                    "does it for you).")
        expect_equal(
            sorted(settings), ["DEBUG", "HELPER_FUNCTION_IS_UPPER", "LIMIT_2", "NAMES", "WHERE", "WORKERS"],
            hint="Keep a name when name.isupper(). Everything else the file defines or imports "
                 "(os, Path, helper, Mixed_Case, __builtins__) is left out.",
        )
        expect_equal((settings["DEBUG"], settings["WORKERS"], settings["NAMES"]), (True, 8, ["a", "b"]),
                     hint="The values are whatever the file's code computed.")
        added = [name for name in set(sys.modules) - before
                 if getattr(sys.modules[name], "__file__", None)
                 and os.path.realpath(sys.modules[name].__file__) == os.path.realpath(str(path))]
        expect_equal(added, [], hint="Run the file as a fresh module object; don't leave it in sys.modules.")


def check_json_settings():
    """a .json file gives all its keys; anything but an object is refused"""
    tool = learner_module()
    with temp_folder() as scratch:
        folder = Path(scratch.path())
        good = folder / "settings.json"
        good.write_text(json.dumps({"PLUGINS": ["p"], "retries": 3}))
        settings = call(tool.load_settings, good).value
        expect_isinstance(settings, tool.Settings, hint="Wrap the parsed dict in Settings.")
        expect_equal(dict(settings), {"PLUGINS": ["p"], "retries": 3},
                     hint="For JSON keep every key, whatever its case.")
        bad = folder / "list.json"
        bad.write_text("[1, 2]")
        expect_isinstance(capture(tool.load_settings, bad).exception, ValueError,
                          hint="A JSON file that holds a list (not an object) raises ValueError.")


def check_other_suffix():
    """any other kind of file raises ValueError"""
    tool = learner_module()
    with temp_folder() as scratch:
        folder = Path(scratch.path())
        path = folder / "settings.toml"
        path.write_text("DEBUG = true\n")
        expect_isinstance(capture(tool.load_settings, path).exception, ValueError,
                          hint="Decide by Path(path).suffix; raise ValueError for anything but .py and .json.")
