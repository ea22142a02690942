"""Checks for the `factory-registry` milestone (expert/patterns/factory.py: Registry)."""
from pymastery import call, capture, expect, expect_equal, expect_in, expect_isinstance, learner_module


def _registry(kind="exporter"):
    return call(learner_module().Registry, kind).value


def _register(registry, name, cls):
    decorator = call(registry.register, name).value
    return call(decorator, cls).value


class Csv:
    def __init__(self, separator=",", quote='"'):
        self.separator, self.quote = separator, quote


class Json:
    pass


def check_register_and_create():
    """a registered class is created by name, with the arguments passed on"""
    registry = _registry()
    returned = _register(registry, "csv", Csv)
    expect(returned is Csv, "the decorator gave back %r instead of the class itself" % (returned,),
           hint="The inner function stores the class and then returns it, so the name in the "
                "module still refers to the class.")
    made = call(registry.create, "csv", ";", quote="'").value
    expect_isinstance(made, Csv, hint="Look the class up by name and call it.")
    expect_equal((made.separator, made.quote), (";", "'"),
                 hint="Pass *args and **kwargs on to the class.")
    other = call(registry.create, "csv").value
    expect(other is not made, "create returned the same object twice",
           hint="A factory builds a new object on every call.")


def check_names_and_unknown():
    """names() lists the names sorted; an unknown name raises LookupError listing them"""
    registry = _registry("exporter")
    _register(registry, "json", Json)
    _register(registry, "csv", Csv)
    expect_equal(list(call(registry.names).value), ["csv", "json"])
    outcome = capture(registry.create, "pdf")
    expect_isinstance(outcome.exception, LookupError,
                      hint="KeyError is a LookupError; raise one (or LookupError itself) for an unknown name.")
    message = str(outcome.exception)
    for word in ("exporter", "pdf", "csv, json"):
        expect_in(word, message,
                  hint="Say what was asked for and what exists: \"no exporter named 'pdf' (known: csv, json)\".")


def check_duplicates_are_refused():
    """a name registered twice raises ValueError and keeps the first class"""
    registry = _registry()
    _register(registry, "csv", Csv)
    outcome = capture(registry.register, "csv")          # refusing here is fine too
    if outcome.exception is None:
        outcome = capture(outcome.value, Json)
    expect_isinstance(outcome.exception, ValueError,
                      message="registering a second class as 'csv' should raise ValueError",
                      hint="Before storing, check whether the name is already taken.")
    expect_isinstance(call(registry.create, "csv").value, Csv, hint="The first registration stays.")


def check_registries_are_separate():
    """two registries never see each other's names"""
    module = learner_module()
    exporters = call(module.Registry, "exporter").value
    importers = call(module.Registry, "importer").value
    _register(exporters, "csv", Csv)
    _register(importers, "csv", Json)
    expect_isinstance(call(exporters.create, "csv").value, Csv,
                      hint="Create the dict in __init__ (self._classes = {}); a dict in the class "
                           "body is shared by every Registry.")
    expect_isinstance(call(importers.create, "csv").value, Json)
    expect_equal(list(call(call(module.Registry, "empty").value.names).value), [],
                 hint="A new Registry starts empty.")
