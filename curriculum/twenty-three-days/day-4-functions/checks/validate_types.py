"""Checks for the `validate-types` milestone."""
import typing

from pymastery import call, capture, expect, expect_equal, expect_in, fail, learner_module

CODE = "week1/day4/decorators.py"


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def area(width: int, height: int) -> int:
    """Area of a rectangle."""
    return width * height


def _raises_type_error(fn, *args, **kwargs):
    outcome = capture(fn, *args, **kwargs)
    if not isinstance(outcome.exception, TypeError):
        fail("Calling with %r %r should raise TypeError, but %s." % (
            args, kwargs, "it returned %r" % (outcome.value,) if outcome.exception is None
            else "it raised %r" % (outcome.exception,)),
            hint="Bind the arguments to parameter names with inspect.signature(func).bind(...) "
                 "and compare each value with its annotation using isinstance.",
            at="validate_types")
    return outcome.exception


def check_good_calls_pass():
    """arguments of the right types go through, and the name is kept"""
    tool = learner_module(CODE)
    checked = call(tool.validate_types, area).value
    expect_equal(call(checked, 3, 4).value, 12, at="validate_types")
    expect_equal(call(checked, width=2, height=5).value, 10, at="validate_types")
    expect_equal((checked.__name__, checked.__doc__), ("area", "Area of a rectangle."),
                 hint="Use functools.wraps.", at="validate_types")


def check_wrong_argument_is_named():
    """a wrong argument raises TypeError naming the parameter"""
    tool = learner_module(CODE)
    checked = call(tool.validate_types, area).value
    error = _raises_type_error(checked, 3, "4")
    expect_in("height", str(error), hint="Say which parameter got the wrong type.", at="validate_types")
    error = _raises_type_error(checked, width=2.5, height=1)
    expect_in("width", str(error), hint="Keyword arguments are checked the same way.", at="validate_types")


def check_return_value():
    """a result of the wrong type raises TypeError"""
    tool = learner_module(CODE)

    def label(n: int) -> str:
        return n * 2  # wrong on purpose

    checked = call(tool.validate_types, label).value
    _raises_type_error(checked, 4)


def check_own_classes_and_unannotated():
    """classes of your own are checked; unannotated parameters are not"""
    tool = learner_module(CODE)

    def move(point: Point, by, times: int = 1) -> Point:
        return Point(point.x + by * times, point.y)

    checked = call(tool.validate_types, move).value
    expect(isinstance(call(checked, Point(1, 2), 0.5).value, Point),
           "A valid call should return the Point.", at="validate_types")
    _raises_type_error(checked, (1, 2), 3)


def check_other_annotations_are_ignored():
    """annotations that are not plain classes (List[int], Optional[str]) are left alone"""
    tool = learner_module(CODE)

    def join(parts: typing.List[int], sep: typing.Optional[str] = None) -> str:
        return (sep or ",").join(str(p) for p in parts)

    checked = call(tool.validate_types, join).value
    outcome = capture(checked, [1, 2], None)
    if outcome.exception is not None:
        fail("validate_types raised %r for List[int] / Optional[str] annotations." % (outcome.exception,),
             hint="Only check an annotation when isinstance(annotation, type) is True.",
             at="validate_types")
    expect_equal(outcome.value, "1,2", at="validate_types")


def check_string_annotations():
    """annotations written as strings (from __future__ import annotations) work"""
    tool = learner_module(CODE)
    namespace = {}
    exec(compile("from __future__ import annotations\n"
                 "def scale(value: float, factor: int) -> float:\n"
                 "    return value * factor\n", "<scale>", "exec"), namespace)
    scale = namespace["scale"]
    checked = call(tool.validate_types, scale).value
    outcome = capture(checked, 1.5, 2)
    if outcome.exception is not None:
        fail("With string annotations, a valid call raised %r." % (outcome.exception,),
             hint="func.__annotations__ holds the strings 'float' and 'int' here. "
                  "typing.get_type_hints(func) turns them into the classes.", at="validate_types")
    expect_equal(outcome.value, 3.0, at="validate_types")
    _raises_type_error(checked, 1.5, "2")
