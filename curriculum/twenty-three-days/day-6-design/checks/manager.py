"""Checks for the `manager` milestone: registration and dependency order."""
import importlib
import sys

from pymastery import call, capture, expect, expect_equal, expect_in, expect_raises, fail, learner_path


def _plugins(module):
    """Imports plugins.<module> from week1/day6 the way the learner's own code would."""
    folder = learner_path("week1/day6")
    if folder not in sys.path:
        sys.path.insert(0, folder)
    importlib.invalidate_caches()
    return importlib.import_module("plugins." + module)


def _kind(base, name, requires=(), result=None):
    class Made(base.Plugin):
        def execute(self, data):
            return result if result is not None else "%s:%s" % (self.name, data)

    Made.name = name
    Made.requires = tuple(requires)
    Made.__name__ = "Plugin_" + name
    return Made


def check_register_and_get():
    """register, get and names"""
    manager_module = _plugins("manager")
    base = _plugins("base")
    manager = call(manager_module.PluginManager).value
    first = _kind(base, "alpha")()
    expect(call(manager.register, first).value is first, "register should return the plugin.",
           at="PluginManager")
    call(manager.register, _kind(base, "beta")())
    expect(call(manager.get, "alpha").value is first, "get(\"alpha\") should return that plugin.",
           at="PluginManager")
    expect_equal(call(manager.names).value, ["alpha", "beta"], at="PluginManager")
    expect_raises(base.PluginError, manager.get, "gamma", hint="An unknown name is a PluginError.",
                  at="PluginManager")
    expect_raises(base.PluginError, manager.register, _kind(base, "alpha")(),
                  hint="A name can be registered once.", at="PluginManager")


def check_register_uses_duck_typing():
    """any object shaped like a plugin can be registered; other objects cannot"""
    manager_module = _plugins("manager")
    manager = call(manager_module.PluginManager).value

    class Duck:
        name = "duck"
        version = "9"

        def execute(self, data):
            return "quack"

    call(manager.register, Duck())
    expect_raises(TypeError, manager.register, object(),
                  hint="Use is_plugin to decide, and raise TypeError for anything else.",
                  at="PluginManager")
    expect_equal(call(manager.names).value, ["duck"], at="PluginManager")


def check_load_order():
    """load_order puts every plugin after what it requires"""
    manager_module = _plugins("manager")
    base = _plugins("base")
    manager = call(manager_module.PluginManager).value
    for name, requires in (("report", ("clean", "fetch")), ("clean", ("fetch",)), ("fetch", ()),
                           ("audit", ())):
        call(manager.register, _kind(base, name, requires)())
    order = call(manager.load_order).value
    expect_equal(sorted(order), ["audit", "clean", "fetch", "report"],
                 hint="Every registered plugin appears once.", at="PluginManager")
    for name, before in (("report", "clean"), ("report", "fetch"), ("clean", "fetch")):
        expect(order.index(before) < order.index(name),
               "%s requires %s, but load_order put it first: %r." % (name, before, order),
               hint="Visit a plugin's requirements before adding the plugin itself (a depth-first "
                    "walk), and skip plugins already added.", at="PluginManager")
    plain = call(manager_module.PluginManager).value
    for name in ("zeta", "alpha", "mid"):
        call(plain.register, _kind(base, name)())
    expect_equal(call(plain.load_order).value, ["zeta", "alpha", "mid"],
                 hint="When no plugin requires another, keep the registration order.",
                 at="PluginManager")


def check_missing_requirement():
    """a requirement that is not registered is a PluginError naming it"""
    manager_module = _plugins("manager")
    base = _plugins("base")
    manager = call(manager_module.PluginManager).value
    call(manager.register, _kind(base, "mailer", ("smtp",))())
    error = expect_raises(base.PluginError, manager.load_order, at="PluginManager")
    expect_in("smtp", str(error), hint="Say which requirement is missing.", at="PluginManager")


def check_cycle():
    """a cycle of requirements is a PluginError, not a hang or RecursionError"""
    manager_module = _plugins("manager")
    base = _plugins("base")
    manager = call(manager_module.PluginManager).value
    for name, requires in (("a", ("b",)), ("b", ("c",)), ("c", ("a",))):
        call(manager.register, _kind(base, name, requires)())
    outcome = capture(manager.load_order)
    if not isinstance(outcome.exception, base.PluginError):
        fail("With a requires b requires c requires a, load_order should raise PluginError, but %s."
             % ("it returned %r" % (outcome.value,) if outcome.exception is None
                else "it raised %s" % type(outcome.exception).__name__),
             hint="Mark a plugin as in progress while you visit its requirements; meeting one that "
                  "is still in progress means a cycle.", at="PluginManager")


def check_execute_all():
    """execute_all runs enabled plugins in load order"""
    manager_module = _plugins("manager")
    base = _plugins("base")
    manager = call(manager_module.PluginManager).value
    call(manager.register, _kind(base, "second", ("first",))())
    call(manager.register, _kind(base, "first")())
    call(manager.register, _kind(base, "off")(call(base.PluginConfig, enabled=False).value))
    results = call(manager.execute_all, 5).value
    expect_equal(results, {"first": "first:5", "second": "second:5"},
                 hint="Skip plugins whose config.enabled is False.", at="PluginManager")
    expect_equal(list(results), ["first", "second"], hint="Run them in load order.", at="PluginManager")
