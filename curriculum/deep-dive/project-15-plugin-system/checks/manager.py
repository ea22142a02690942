"""Milestone `manager`: load, configure and order plugins (plugkit/manager.py, PluginManager)."""
from pymastery import call, capture, expect, expect_equal, expect_in, fail, learner_module, temp_folder


def _plugin(cls_name, name, priority=100, body="", activate="hooks.register('process', self.process, self.priority)"):
    return '''
from plugkit.contract import Plugin


class {cls}(Plugin):
    name = {name!r}
    version = "1.0"
    priority = {priority}
{body}
    def activate(self, hooks):
        {activate}

    def process(self, text):
        return text + "<{name}>"

    def deactivate(self):
        import builtins
        builtins.PLUGKIT_LOG.append({name!r})
'''.format(cls=cls_name, name=name, priority=priority, body=body, activate=activate)


FOLDER = {
    "alpha.py": _plugin("Alpha", "alpha", 50),
    "beta.py": _plugin("Beta", "beta", 10),
    "gamma.py": _plugin("Gamma", "gamma", 50),
    "delta.py": _plugin("Delta", "delta", 100,
                        body="\n    def __init__(self, settings=None):\n        super().__init__(settings)\n"
                             "        self.suffix = self.settings.get('suffix', '?')\n",
                        activate="hooks.register('process', lambda text: text + self.suffix, self.priority)"),
}


def _load(manager_module, files, config=None):
    import builtins

    builtins.PLUGKIT_LOG = []
    folder = temp_folder(files)
    manager = manager_module.PluginManager(folder.path(), config)
    outcome = capture(manager.load)
    if outcome.exception is not None:
        fail("load() stopped with %s: %s" % (type(outcome.exception).__name__, outcome.exception),
             hint="Whatever a plugin does wrong - raising in __init__ or activate(), a duplicate name - is reported "
                  "in self.errors; load() itself carries on with the next plugin.")
    return manager


def _names(manager):
    return [plugin.name for plugin in manager.plugins]


def check_activates_in_priority_order():
    """Plugins are activated lowest priority first, ties by name"""
    module = learner_module()
    manager = _load(module, FOLDER)
    expect_equal(_names(manager), ["beta", "alpha", "gamma", "delta"],
                 hint="Sort the discovered classes by (priority, name) before you make and activate them.")
    expect_equal(call(manager.hooks.pipe, "process", "").value, "<beta><alpha><gamma>?",
                 hint="Each plugin's activate() gets self.hooks, so their callbacks end up in one registry.")
    expect_equal(manager.errors, {})


def check_gives_each_plugin_its_settings():
    """Each plugin gets its own settings from the config"""
    module = learner_module()
    manager = _load(module, FOLDER, {"delta": {"suffix": "!"}, "alpha": {"colour": "red"}})
    delta, alpha, beta = (call(manager.get, n).value for n in ("delta", "alpha", "beta"))
    expect(delta is not None and alpha is not None, "get('delta') and get('alpha') should find the loaded plugins",
           hint="get(name) looks through self.plugins for the one whose name matches.")
    expect_equal(alpha.settings, {"colour": "red"}, hint="Make each plugin with cls(self.config.get(cls.name, {})).")
    expect_equal(beta.settings, {}, hint="A plugin without a config section gets empty settings.")
    expect_equal(call(manager.hooks.pipe, "process", "").value, "<beta><alpha><gamma>!")
    expect(call(manager.get, "nobody").value is None, "get('nobody') should return None")


def check_isolates_failing_plugins():
    """A plugin that fails to start, or takes a name already used, is reported and left out"""
    module = learner_module()
    files = dict(FOLDER)
    files["crashy.py"] = _plugin("Crashy", "crashy", 1, activate="raise RuntimeError('no database')")
    files["picky.py"] = _plugin("Picky", "picky", 2,
                                body="\n    def __init__(self, settings=None):\n        super().__init__(settings)\n"
                                     "        self.key = self.settings['api_key']\n")
    files["zeta.py"] = _plugin("Zeta", "alpha", 60)
    files["broken.py"] = "this is not python\n"
    manager = _load(module, files)
    expect_equal(_names(manager), ["beta", "alpha", "gamma", "delta"],
                 hint="Make and activate each plugin inside try/except Exception, and skip a name "
                      "that get() already finds.")
    for key in ("crashy", "picky", "broken.py"):
        expect_in(key, manager.errors, hint="Report each failure in self.errors: by plugin name when making or "
                                            "activating it fails, by file name for discovery problems.")
    expect_in("no database", manager.errors["crashy"], hint="Include the exception's text in the message.")
    expect_in("alpha", manager.errors, hint="The second plugin called 'alpha' (priority 60) must be refused.")


def check_unloads_in_reverse():
    """unload() deactivates the plugins, the last activated first"""
    import builtins

    module = learner_module()
    manager = _load(module, FOLDER)
    call(manager.unload)
    expect_equal(builtins.PLUGKIT_LOG, ["delta", "gamma", "alpha", "beta"],
                 hint="Tear down in the reverse order of start-up, as nested `with` blocks do.")
    expect_equal(manager.plugins, [], hint="After unload() no plugin is active.")
