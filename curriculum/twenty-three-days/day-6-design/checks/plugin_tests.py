"""Checks for the `plugin-tests` milestone: week1/day6/test_plugins.py passes on the learner's
plugins package and fails on copies with one part of the interface broken."""

from pymastery import learner_tests


TESTS = ["week1/day6/test_plugins.py"]
PACKAGE = ["week1/day6/plugins/base.py", "week1/day6/plugins/builtin.py",
           "week1/day6/plugins/manager.py"]
BASE, BUILTIN, MANAGER = PACKAGE

NOT_ABSTRACT = """
def mutate(base):
    base.Plugin.__abstractmethods__ = frozenset()
"""

NO_DUCKS = """
import sys

def mutate(base):
    def is_plugin(candidate):
        return isinstance(candidate, base.Plugin) and bool(getattr(candidate, "name", ""))
    original = base.is_plugin
    for module in list(sys.modules.values()):
        if getattr(module, "is_plugin", None) is original:
            module.is_plugin = is_plugin
"""

DUPLICATES_IGNORED = """
def mutate(manager):
    working = manager.PluginManager.register
    def register(self, plugin):
        if getattr(plugin, "name", None) in self.names():
            return plugin
        return working(self, plugin)
    manager.PluginManager.register = register
"""

REGISTRATION_ORDER = """
def mutate(manager):
    manager.PluginManager.load_order = lambda self: list(self.names())
"""

NO_SQUEEZE = """
def mutate(builtin):
    working = builtin.TextProcessorPlugin.execute
    def execute(self, data):
        result = working(self, data)
        return data.strip() if isinstance(data, str) else result
    builtin.TextProcessorPlugin.execute = execute
"""

SILENT_VALIDATOR = """
def mutate(builtin):
    builtin.DataValidatorPlugin.execute = lambda self, data: []
"""

_runs = {}


def _run(mutation=None, where=BASE):
    key = (mutation, where)
    if key not in _runs:
        _runs[key] = learner_tests.run_tests(TESTS, PACKAGE, mutation, mutated=where)
    return _runs[key]


def _caught(mutation, where, broken, hint):
    helper = learner_tests
    helper.require_tests(_run(), TESTS[0], hint="Write test_ functions first.")
    helper.expect_caught(_run(mutation, where), broken, hint=hint)


def check_has_tests():
    """test_plugins.py has tests that run"""
    run = _run()
    learner_tests.require_tests(run, TESTS[0], hint="Fill in the starter's tests.")
    if run.note:
        print(run.note)


def check_passes_on_your_code():
    """every test passes on your own plugins package"""
    helper = learner_tests
    helper.require_tests(_run(), TESTS[0], hint="Write test_ functions first.")
    helper.expect_all_pass(_run(), "your week1/day6/plugins package",
                           hint="Run the test file yourself to see the whole failure.")


def check_catches_a_concrete_plugin_base():
    """the tests fail when Plugin stops being abstract"""
    _caught(NOT_ABSTRACT, BASE, "Plugin could be created without an execute method",
            hint="Assert with pytest.raises(TypeError) that a Plugin subclass without execute "
                 "cannot be created.")


def check_catches_no_duck_typing():
    """the tests fail when only Plugin subclasses count as plugins"""
    _caught(NO_DUCKS, BASE, "is_plugin accepted only Plugin subclasses",
            hint="Define a small class with name, version and execute that does not inherit "
                 "from Plugin, and assert that is_plugin accepts it and the manager registers it.")


def check_catches_duplicate_names():
    """the tests fail when a name can be registered twice"""
    _caught(DUPLICATES_IGNORED, MANAGER, "registering a taken name was silently ignored",
            hint="Register two plugins with the same name and assert PluginError.")


def check_catches_ignored_requirements():
    """the tests fail when load_order ignores requires"""
    _caught(REGISTRATION_ORDER, MANAGER, "load_order returned the registration order",
            hint="Register a plugin before the plugin it requires and assert on load_order().")


def check_catches_lazy_text_processor():
    """the tests fail when the text plugin only trims"""
    _caught(NO_SQUEEZE, BUILTIN, "TextProcessorPlugin only stripped the ends",
            hint="Feed text with runs of spaces and tabs inside it and assert on the result.")


def check_catches_silent_validator():
    """the tests fail when the validator finds nothing"""
    _caught(SILENT_VALIDATOR, BUILTIN, "DataValidatorPlugin never reported a problem",
            hint="Configure required fields and assert on the problems for a record that lacks one.")
