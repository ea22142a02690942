"""Checks for the `shapes` milestone (week2/shapes.py)."""
import math

from pymastery import call, expect, expect_equal, expect_raises, learner_module


def _close(actual, expected, what, hint=None):
    expect(isinstance(actual, (int, float)) and math.isclose(actual, expected, rel_tol=1e-9),
           f"{what} gave {actual!r}, expected {expected!r}", hint=hint)


def check_areas_and_perimeters():
    """each shape knows its area and perimeter"""
    module = learner_module()
    circle = call(module.Circle, 2).value
    _close(call(circle.area).value, math.pi * 4, "Circle(2).area()", hint="math.pi * r ** 2")
    _close(call(circle.perimeter).value, math.pi * 4, "Circle(2).perimeter()", hint="2 * math.pi * r")
    rect = call(module.Rectangle, 3, 4).value
    _close(call(rect.area).value, 12, "Rectangle(3, 4).area()")
    _close(call(rect.perimeter).value, 14, "Rectangle(3, 4).perimeter()")
    square = call(module.Square, 5).value
    _close(call(square.area).value, 25, "Square(5).area()")
    _close(call(square.perimeter).value, 20, "Square(5).perimeter()")


def check_hierarchy():
    """Square is a Rectangle, every shape is a Shape, and Shape is abstract"""
    module = learner_module()
    expect(issubclass(module.Square, module.Rectangle), "Square is not a subclass of Rectangle",
           hint="class Square(Rectangle): and call super().__init__(side, side).")
    for cls in (module.Circle, module.Rectangle):
        expect(issubclass(cls, module.Shape), f"{cls.__name__} is not a subclass of Shape")
    expect_raises(TypeError, module.Shape,
                  hint="Shape keeps its abstract methods, so Python refuses to build one.")


def check_describe_is_shared():
    """describe() is written once, in Shape"""
    module = learner_module()
    expect_equal(call(call(module.Square, 2).value.describe).value,
                 "Square with area 4.00 and perimeter 8.00",
                 hint="Use type(self).__name__ and the two methods, with :.2f formats.")
    expect_equal(call(call(module.Circle, 1).value.describe).value,
                 "Circle with area 3.14 and perimeter 6.28")

    class Strip(module.Shape):
        def area(self):
            return 1.5

        def perimeter(self):
            return 7

    expect_equal(call(Strip().describe).value, "Strip with area 1.50 and perimeter 7.00",
                 hint="describe must work for any subclass, so it only calls self.area() and "
                      "self.perimeter().")


def check_sorting_by_area():
    """shapes sort by area"""
    module = learner_module()
    shapes = [call(module.Rectangle, 3, 4).value, call(module.Circle, 1).value,
              call(module.Square, 3).value]
    ordered = call(sorted, shapes).value
    expect_equal([type(s).__name__ for s in ordered], ["Circle", "Square", "Rectangle"],
                 hint="Define __lt__ in Shape to compare self.area() with other.area().")


def check_repr_and_validation():
    """repr shows how to rebuild the shape; bad sizes raise ValueError"""
    module = learner_module()
    expect_equal([repr(call(module.Circle, 2).value), repr(call(module.Rectangle, 3, 4).value),
                  repr(call(module.Square, 5).value)],
                 ["Circle(2)", "Rectangle(3, 4)", "Square(5)"],
                 hint="Give each class a __repr__; Square needs its own so it does not say Rectangle.")
    for args in [(module.Circle, 0), (module.Rectangle, 2, -1), (module.Square, 0)]:
        expect_raises(ValueError, *args, hint="Refuse sizes of 0 or less in __init__.")
