"""Checks for the `decorator-registry` milestone: Registry.register and Registry.get."""
from pymastery import call, capture, expect, expect_equal, expect_in, expect_isinstance, learner_module


def Resize(image):
    return image


def check_three_forms():
    """@register, @register() and @register("name") all register and return the object"""
    tool = learner_module()
    registry = tool.Registry()

    def slugify(text):
        return text

    class Thumbnail:
        pass

    returned = call(registry.register, slugify).value
    expect(returned is slugify, "@registry.register (bare) did not return the function",
           hint="Bare, register receives the function itself as `name`. Check callable(name).")
    decorator = call(registry.register).value
    expect(callable(decorator), "registry.register() did not return a decorator",
           hint="With no arguments (name is None), return a decorator.")
    expect(call(decorator, Thumbnail).value is Thumbnail, "the decorator did not return the class",
           hint="A registering decorator returns what it was given.")
    decorator = call(registry.register, "shrink").value
    expect(call(decorator, Resize).value is Resize, "@register('shrink') did not return the function",
           hint="With a name, return a decorator that registers under that name.")
    expect_equal(
        registry.items, {"slugify": slugify, "thumbnail": Thumbnail, "shrink": Resize},
        hint="The default name is obj.__name__.lower(); a given name is used as it is.",
    )


def check_duplicates():
    """a taken name raises ValueError"""
    tool = learner_module()
    registry = tool.Registry()
    call(call(registry.register, "thing").value, Resize)
    outcome = capture(call(registry.register, "thing").value, len)
    expect_isinstance(outcome.exception, ValueError,
                      hint="Refuse a name that is already in self.items with ValueError.")
    expect(registry.items["thing"] is Resize, "the first registration was replaced",
           hint="Check for the duplicate before storing anything.")


def check_get():
    """get returns what was registered, and an unknown name lists the known ones"""
    tool = learner_module()
    registry = tool.Registry()
    call(call(registry.register, "b-two").value, Resize)
    call(call(registry.register, "a-one").value, len)
    expect(call(registry.get, "b-two").value is Resize, "get('b-two') returned something else",
           hint="Look the name up in self.items.")
    outcome = capture(registry.get, "zzz")
    expect_isinstance(outcome.exception, KeyError, hint="An unknown name raises KeyError.")
    message = str(outcome.exception)
    expect_in("a-one", message, hint="List the known names in the message, sorted.")
    expect(message.find("a-one") < message.find("b-two"), "the known names are not sorted",
           hint="sorted(self.items) gives the names in order.")


def check_registries_are_separate():
    """each Registry has its own items, and the module has a `hooks` registry"""
    tool = learner_module()
    first, second = tool.Registry(), tool.Registry()
    call(first.register, Resize)
    expect_equal(second.items, {}, hint="Store into self.items, not a shared dict.")
    expect_isinstance(getattr(tool, "hooks", None), tool.Registry,
                      hint="Keep the module-level line hooks = Registry(); plugin modules import it.")
