"""Checks for the `toolkit-geometry` milestone (week2/mathkit/geometry.py)."""
import math

from pymastery import call, expect, expect_equal, expect_raises, learner_module


def _points(module, *pairs):
    return [call(module.Point, x, y).value for x, y in pairs]


def check_points():
    """points measure distances, compare equal and hash alike"""
    module = learner_module()
    a, b, c = _points(module, (0, 0), (3, 4), (3, 4))
    expect_equal(call(a.distance_to, b).value, 5.0, hint="math.hypot(dx, dy) is the distance.")
    expect(b == c, "Point(3, 4) == Point(3, 4) is False", hint="Define __eq__ comparing x and y.")
    expect(a != b, "Point(0, 0) != Point(3, 4) is False")
    expect_equal(len({a, b, c}), 2, hint="Define __hash__ from the same (x, y) that __eq__ compares.")
    expect_equal(repr(b), "Point(3, 4)")


def check_polygon_area_and_perimeter():
    """a polygon knows its area and perimeter"""
    module = learner_module()
    square = call(module.Polygon, _points(module, (0, 0), (2, 0), (2, 2), (0, 2))).value
    expect_equal(call(square.area).value, 4.0, hint="Shoelace: half the sum of x1*y2 - x2*y1 over the edges.")
    expect_equal(call(square.perimeter).value, 8.0,
                 hint="Don't forget the edge from the last point back to the first.")
    clockwise = call(module.Polygon, _points(module, (0, 2), (2, 2), (2, 0), (0, 0))).value
    expect_equal(call(clockwise.area).value, 4.0,
                 hint="Going round the other way gives a negative sum: take abs().")
    l_shape = call(module.Polygon, _points(module, (0, 0), (4, 0), (4, 1), (1, 1), (1, 3), (0, 3))).value
    expect_equal(call(l_shape.area).value, 6.0)
    expect_raises(ValueError, module.Polygon, _points(module, (0, 0), (1, 1)),
                  hint="Fewer than three points are not a polygon.")


def check_triangle():
    """a triangle is a polygon that knows whether it is right-angled"""
    module = learner_module()
    expect(issubclass(module.Triangle, module.Polygon), "Triangle is not a subclass of Polygon",
           hint="class Triangle(Polygon): and call super().__init__([a, b, c]).")
    right = call(module.Triangle, *_points(module, (0, 0), (3, 0), (0, 4))).value
    expect_equal((call(right.area).value, call(right.perimeter).value), (6.0, 12.0),
                 hint="area and perimeter come from Polygon; Triangle adds nothing for them.")
    expect(call(right.is_right).value is True, "the 3-4-5 triangle is not reported right-angled",
           hint="Sort the squared side lengths; the two small ones add up to the big one.")
    slanted = call(module.Triangle, *_points(module, (1, 1), (2, 3), (4, 2))).value
    expect(call(slanted.is_right).value is True,
           "the triangle (1,1), (2,3), (4,2) has a right angle at (2,3) but is_right says no",
           hint="Compare with math.isclose: the squares are floats that may not add up exactly.")
    other = call(module.Triangle, *_points(module, (0, 0), (4, 0), (1, 3))).value
    expect(call(other.is_right).value is False, "(0,0), (4,0), (1,3) has no right angle")
    expect_raises(ValueError, module.Triangle, *_points(module, (0, 0), (1, 1), (2, 2)),
                  hint="Three points on one line make an area of 0: refuse them.")
