"""Checks for the `dispatch` milestone (week2/dispatch.py)."""
from pymastery import call, expect, expect_equal, learner_module


def _describe():
    module = learner_module()
    describe = call(module.TypeDispatch, lambda value, *rest: "something").value
    return describe


def check_default():
    """with nothing registered, the default answers"""
    describe = _describe()
    expect_equal(call(describe, 3).value, "something",
                 hint="__call__ falls back to self.default when no type matches.")


def check_register_and_call():
    """register(cls) picks the function for that type"""
    describe = _describe()

    def whole(value):
        return f"whole {value}"

    def text(value):
        return f"text {value!r}"

    returned = call(call(describe.register, int).value, whole).value
    expect(returned is whole, "register(int)(f) should give f back unchanged",
           hint="The inner decorator stores the function and then returns it.")
    call(call(describe.register, str).value, text)
    expect_equal([call(describe, 4).value, call(describe, "a").value, call(describe, 2.5).value],
                 ["whole 4", "text 'a'", "something"],
                 hint="Keep a dict from class to function; look up the argument's type in it.")


def check_subclasses_use_parent():
    """a subclass uses its nearest registered parent"""
    describe = _describe()
    call(call(describe.register, int).value, lambda v: "int")
    call(call(describe.register, object).value, lambda v: "object")
    expect_equal(call(describe, True).value, "int",
                 hint="bool is a subclass of int. Walk type(arg).__mro__ and use the first class "
                      "that has a function.")
    expect_equal(call(describe, [1]).value, "object")
    call(call(describe.register, bool).value, lambda v: "bool")
    expect_equal(call(describe, True).value, "bool", hint="The most specific class wins.")


def check_passes_extra_arguments():
    """extra arguments are passed on"""
    describe = _describe()
    call(call(describe.register, int).value, lambda v, times=1, sep="": sep.join([str(v)] * times))
    expect_equal(call(describe, 7, 3, sep="-").value, "7-7-7",
                 hint="__call__(self, arg, *args, **kwargs) passes everything on.")
