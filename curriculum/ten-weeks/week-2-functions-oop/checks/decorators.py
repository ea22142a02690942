"""Checks for the `decorators` milestone (week2/decorators.py)."""
from pymastery import call, expect, expect_equal, expect_raises, learner_module


def _add(a, b=0):
    """Add two numbers."""
    return a + b


def check_counted_passes_through():
    """counted returns a wrapper that gives the same results"""
    module = learner_module()
    add = call(module.counted, _add).value
    expect(callable(add), f"counted(add) returned {add!r}, not a function",
           hint="Define a wrapper function inside counted and return it (without calling it).")
    expect_equal(call(add, 2, 3).value, 5, hint="The wrapper returns what the function returns.")
    expect_equal(call(add, 2, b=5).value, 7,
                 hint="Take *args and **kwargs in the wrapper and pass both on.")


def check_counted_counts():
    """the wrapper counts its calls in .calls"""
    module = learner_module()
    add = call(module.counted, _add).value
    expect_equal(getattr(add, "calls", None), 0,
                 hint="Set wrapper.calls = 0 before returning the wrapper.")
    for _ in range(3):
        call(add, 1)
    expect_equal(add.calls, 3, hint="Add one to wrapper.calls on every call.")
    other = call(module.counted, _add).value
    call(other, 1)
    expect_equal((add.calls, other.calls), (3, 1),
                 hint="Each decorated function keeps its own count: store it on its own wrapper.")


def check_counted_keeps_name():
    """the wrapper keeps the function's name and docstring"""
    module = learner_module()
    add = call(module.counted, _add).value
    expect_equal((add.__name__, add.__doc__), ("_add", "Add two numbers."),
                 hint="Decorate the wrapper with @functools.wraps(func).")


def check_clamp_limits_results():
    """clamp(low, high) keeps results between the limits"""
    module = learner_module()
    decorator = call(module.clamp, 0, 10).value
    double = call(decorator, lambda x: 2 * x).value
    expect_equal([call(double, x).value for x in (3, 8, -1, 5)], [6, 10, 0, 10],
                 hint="clamp(low, high) returns a decorator; the decorator returns a wrapper; the "
                      "wrapper returns min(max(result, low), high).")


def check_clamp_keeps_name():
    """clamp's wrapper keeps the name too"""
    module = learner_module()
    add = call(call(module.clamp, -5, 5).value, _add).value
    expect_equal(add.__name__, "_add", hint="Use @functools.wraps(func) in the innermost function.")
    expect_equal(call(add, 4, b=4).value, 5)


def check_clamp_rejects_bad_limits():
    """clamp(10, 0) raises ValueError straight away"""
    module = learner_module()
    expect_raises(ValueError, module.clamp, 10, 0,
                  hint="Check low <= high in clamp itself, before defining the decorator.")
