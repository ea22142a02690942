"""Checks for the `patched` milestone (expert/advanced/patching.py: patched)."""
import types

from pymastery import expect, expect_equal, fail, learner_module


class Base:
    def speak(self):
        return "base"


class Child(Base):
    pass


def _enter(patching, target, name, value):
    try:
        return patching.patched(target, name, value)
    except NotImplementedError:
        raise
    except Exception as error:
        fail("patched(...) raised %s: %s" % (type(error).__name__, error))


def check_patches_inside_and_restores_after():
    """inside the block the attribute is replaced; afterwards the original is back"""
    patching = learner_module()
    module = types.ModuleType("fake_clock")
    original = lambda: 100.0
    module.now = original
    replacement = lambda: 0.0
    with _enter(patching, module, "now", replacement) as given:
        expect(module.now is replacement, "inside the block, module.now is not the replacement",
               hint="setattr(target, name, value) before the yield.")
        expect(given is replacement, "`with patched(...) as x` should give the replacement",
               hint="yield value.")
    expect(module.now is original, "after the block, module.now is %r, not the original" % (module.now,),
           hint="Save vars(target)[name] before patching, and setattr it back afterwards.")


def check_restores_after_an_exception():
    """the original comes back even when the block raises, and the exception goes on"""
    patching = learner_module()
    module = types.ModuleType("fake_service")
    module.fetch = original = lambda: "real"
    try:
        with _enter(patching, module, "fetch", lambda: "fake"):
            raise KeyError("boom")
    except KeyError:
        pass
    else:
        fail("the KeyError raised inside the block did not come out of it",
             hint="Don't catch the exception: use try/finally around the yield.")
    expect(module.fetch is original, "after a failing block, module.fetch was left patched",
           hint="Restore in a finally clause, so it runs when the block raises too.")


def check_removes_what_was_not_there():
    """an attribute that did not exist is removed again"""
    patching = learner_module()
    module = types.ModuleType("plain")
    with _enter(patching, module, "debug", True):
        expect_equal(module.debug, True)
    expect(not hasattr(module, "debug"), "after the block, the module still has `debug`",
           hint="When the target had no such attribute, delattr the patch afterwards.")


def check_inherited_attributes_stay_inherited():
    """patching an instance or subclass leaves no copy of the inherited attribute behind"""
    patching = learner_module()
    child = Child()
    with _enter(patching, child, "speak", lambda: "patched"):
        expect_equal(child.speak(), "patched")
    expect("speak" not in vars(child),
           "after the block the instance has its own `speak` attribute: %r" % (vars(child).get("speak"),),
           hint="child.speak came from the class, so the instance had none of its own. Look in "
                "vars(target), not getattr, and delete the patch instead of setting a copy back.")
    with _enter(patching, Child, "speak", lambda self: "class patch"):
        expect_equal(Child().speak(), "class patch")
    expect("speak" not in vars(Child), "after the block Child has its own `speak`",
           hint="Child inherited speak from Base; put it back by deleting Child.speak.")
    expect_equal(Child().speak(), "base")
    original = vars(Base)["speak"]
    Base.speak = lambda self: "changed later"
    try:
        expect_equal(child.speak(), "changed later",
                     hint="A left-over instance attribute would hide later changes to the class.")
    finally:
        Base.speak = original


def check_nested_patches_unwind():
    """nested patches of one attribute unwind in order"""
    patching = learner_module()
    holder = types.SimpleNamespace(level="original")
    with _enter(patching, holder, "level", "outer"):
        with _enter(patching, holder, "level", "inner"):
            expect_equal(holder.level, "inner")
        expect_equal(holder.level, "outer", hint="Each patch restores what was there when it began.")
    expect_equal(holder.level, "original")
