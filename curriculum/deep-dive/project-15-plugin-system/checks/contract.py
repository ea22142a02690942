"""Milestone `contract`: refuse plugin classes that break the contract (plugkit/contract.py, validate)."""
from pymastery import call, capture, expect, expect_in, expect_isinstance, learner_module


def _classes(contract):
    """A good plugin class and a few broken ones, built on the learner's own Plugin."""
    Plugin = contract.Plugin

    class Good(Plugin):
        name = "good"
        version = "1.0"
        priority = 5

        def activate(self, hooks):
            pass

    class NoActivate(Plugin):
        name = "lazy"
        version = "1.0"

    class NoName(Plugin):
        version = "1.0"

        def activate(self, hooks):
            pass

    class BlankName(Good):
        name = "   "

    class NumberVersion(Good):
        name = "numbered"
        version = 2

    class TextPriority(Good):
        name = "urgent"
        priority = "high"

    class TruePriority(Good):
        name = "flag"
        priority = True

    class Stranger:
        name = "stranger"
        version = "1.0"

        def activate(self, hooks):
            pass

    return Good, {
        "a class that does not implement activate()": (NoActivate, "activate"),
        "a class without a name": (NoName, None),
        "a class whose name is blank": (BlankName, None),
        "a class whose version is the number 2": (NumberVersion, None),
        'a class whose priority is "high"': (TextPriority, None),
        "a class whose priority is True": (TruePriority, None),
        "a class that does not subclass Plugin": (Stranger, None),
        "an instance instead of a class": (Good(), None),
    }


def check_accepts_a_good_plugin():
    """A class that keeps the contract passes validate() without an error"""
    contract = learner_module()
    good, _ = _classes(contract)
    expect(call(contract.validate, good).value is None, "validate(Good) should return None",
           hint="Return None (or just fall off the end) when every rule holds.")


def check_does_not_make_an_instance():
    """validate() judges the class without creating a plugin"""
    contract = learner_module()
    good, _ = _classes(contract)
    made = []

    class Expensive(good):
        name = "expensive"

        def __init__(self, settings=None):
            made.append(self)
            raise RuntimeError("connecting to the database at import time")

    outcome = capture(contract.validate, Expensive)
    expect(outcome.exception is None and not made,
           "validate(Expensive) created an instance%s" % (
               " and raised %r" % (outcome.exception,) if outcome.exception else ""),
           hint="Making a plugin runs its __init__, which may be slow or need settings. Read the class instead: "
                "cls.__abstractmethods__, cls.name, cls.version, cls.priority.")


def check_refuses_broken_plugins():
    """Each broken class makes validate() raise PluginError"""
    contract = learner_module()
    _, broken = _classes(contract)
    for description, (cls, word) in broken.items():
        outcome = capture(contract.validate, cls)
        expect_isinstance(outcome.exception, contract.PluginError,
                          message="validate() of %s should raise PluginError, but it %s" % (
                              description, "raised %r" % (outcome.exception,) if outcome.exception
                              else "returned %r" % (outcome.value,)),
                          hint="Check the rules one after the other and raise PluginError(reason) at the first "
                               "that fails. inspect.isclass() first, so issubclass() never sees an instance.")
        if word:
            expect_in(word, str(outcome.exception),
                      hint="Name the missing methods in the message: a class's __abstractmethods__ lists them.")


def check_abstract_class_cannot_be_made():
    """Plugin itself is abstract: Python refuses to create one"""
    contract = learner_module()
    outcome = capture(contract.Plugin)
    expect_isinstance(outcome.exception, TypeError,
                      hint="Keep Plugin an ABC with activate() marked @abstractmethod.")
