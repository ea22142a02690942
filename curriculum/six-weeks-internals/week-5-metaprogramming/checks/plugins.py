"""Checks for the `load-plugins` milestone: settings name the modules, importing registers plugins."""
import itertools
import json
import os
import sys
from pathlib import Path

from pymastery import call, capture, expect, expect_equal, expect_isinstance, learner_module, temp_folder

_counter = itertools.count()

HOOK_MODULE = '''
from plugload import hooks

@hooks.register()
def shout(text):
    return text.upper()
'''

CLASS_MODULE = '''
from plugload import Plugin

class CsvExporter(Plugin):
    name = "csv"
'''


def _unique(stem):
    return "{}_{}_{}".format(stem, os.getpid(), next(_counter))


class Project:
    """A temporary folder with a settings file and a plugin folder."""

    def __init__(self, kind, plugin_names, extra=None):
        self.folder = temp_folder()
        self.root = Path(self.folder.path())
        self.modules = list(plugin_names)
        (self.root / "extras").mkdir()
        bodies = [HOOK_MODULE, CLASS_MODULE]
        for module_name, body in zip(plugin_names, bodies):
            (self.root / "extras" / (module_name + ".py")).write_text(body)
        settings = {"PLUGIN_DIRS": ["extras"], "PLUGINS": list(plugin_names), "GREETING": "hi"}
        settings.update(extra or {})
        if kind == "json":
            self.settings = self.root / "settings.json"
            self.settings.write_text(json.dumps(settings))
        else:
            self.settings = self.root / "settings.py"
            lines = ["{} = {!r}".format(key, value) for key, value in settings.items()]
            self.settings.write_text("\n".join(lines + ["helper = 'ignored'", ""]))

    def close(self):
        for name in self.modules:
            sys.modules.pop(name, None)
        self.folder.remove()


def _check_loaded(tool, project, settings):
    expect_equal(settings.get("GREETING") if isinstance(settings, dict) else None, "hi",
                 hint="Return the settings you loaded with load_settings.")
    expect(
        "shout" in tool.hooks.items,
        "the hook module was not imported (hooks.items is {})".format(sorted(tool.hooks.items)),
        hint="importlib.import_module(name) for every name in PLUGINS. The folders in PLUGIN_DIRS "
             "(relative to the settings file) must be on sys.path while you import.",
    )
    expect(
        "csv" in getattr(tool.Plugin, "plugins", {}),
        "the class module was not imported (Plugin.plugins is {})".format(sorted(getattr(tool.Plugin, "plugins", {}))),
        hint="Importing the module runs its class statements, and PluginMeta registers them.",
    )


def check_python_settings():
    """a .py settings file loads its plugins, registered by decorator and by metaclass"""
    tool = learner_module()
    project = Project("py", [_unique("hookmod"), _unique("classmod")])
    try:
        path_before = list(sys.path)
        settings = call(tool.load_plugins, str(project.settings)).value
        _check_loaded(tool, project, settings)
        expect_equal(sys.path, path_before,
                     hint="Save sys.path before adding the plugin folders and put it back in a finally block.")
    finally:
        project.close()


def check_json_settings():
    """a .json settings file works the same way"""
    tool = learner_module()
    project = Project("json", [_unique("hookmod"), _unique("classmod")])
    try:
        path_before = list(sys.path)
        settings = call(tool.load_plugins, project.settings).value
        _check_loaded(tool, project, settings)
        expect_equal(sys.path, path_before, hint="Leave sys.path as you found it.")
    finally:
        project.close()


def check_relative_to_settings_file():
    """PLUGIN_DIRS are relative to the settings file, not the working folder"""
    tool = learner_module()
    project = Project("py", [_unique("hookmod")])
    try:
        with temp_folder(cwd=True):
            call(tool.load_plugins, str(project.settings))
        expect("shout" in tool.hooks.items, "the plugin was not found from another working folder",
               hint="Resolve each folder against Path(settings_path).resolve().parent.")
    finally:
        project.close()


def check_failed_import_restores_path():
    """a missing plugin module raises ImportError and sys.path is still restored"""
    tool = learner_module()
    missing = _unique("no_such_plugin")
    project = Project("json", [], {"PLUGINS": [missing]})
    try:
        path_before = list(sys.path)
        outcome = capture(tool.load_plugins, project.settings)
        expect_isinstance(outcome.exception, ImportError,
                          hint="Don't catch the import error: the caller needs to know a plugin is missing.")
        expect_equal(sys.path, path_before,
                     hint="Restore sys.path in a finally block, so it happens when an import fails too.")
    finally:
        project.close()
