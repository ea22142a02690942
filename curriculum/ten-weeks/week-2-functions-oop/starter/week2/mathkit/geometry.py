"""Math toolkit, part 3: points and polygons as classes."""
import math


class Point:
    """A point in the plane: ``Point(1, 2)``, with ``x`` and ``y``; its repr is ``Point(1, 2)``.

    Points with equal coordinates are equal and hash alike, so they work in sets and as keys.
    """

    def __init__(self, x, y):
        # TODO
        raise NotImplementedError("__init__ is not written yet")

    def distance_to(self, other):
        """Return the straight-line distance to the Point ``other``."""
        # TODO
        raise NotImplementedError("distance_to is not written yet")

    def __eq__(self, other):
        # TODO
        raise NotImplementedError("__eq__ is not written yet")

    def __hash__(self):
        # TODO
        raise NotImplementedError("__hash__ is not written yet")

    def __repr__(self):
        # TODO
        raise NotImplementedError("__repr__ is not written yet")


class Polygon:
    """A closed polygon through ``points`` (Point objects), in order, kept in ``self.points``.

    Fewer than three points raise ValueError.
    """

    def __init__(self, points):
        # TODO
        raise NotImplementedError("__init__ is not written yet")

    def _edges(self):
        """Each edge as a pair of points: (p0, p1), (p1, p2), ..., (last, p0)."""
        # TODO
        raise NotImplementedError("_edges is not written yet")

    def perimeter(self):
        """The sum of the lengths of the edges, the last point joined back to the first."""
        # TODO
        raise NotImplementedError("perimeter is not written yet")

    def area(self):
        """The area, always positive whichever way round the points go (shoelace formula)."""
        # TODO
        raise NotImplementedError("area is not written yet")


class Triangle(Polygon):
    """``Triangle(a, b, c)``: a Polygon of three points. Points on one line raise ValueError."""

    def __init__(self, a, b, c):
        # TODO
        raise NotImplementedError("__init__ is not written yet")

    def is_right(self):
        """True when one angle is a right angle (sides checked with math.isclose)."""
        # TODO
        raise NotImplementedError("is_right is not written yet")
