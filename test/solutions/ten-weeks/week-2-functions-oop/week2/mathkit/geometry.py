"""Math toolkit, part 3: points and polygons as classes."""
import math


class Point:
    """A point in the plane: ``Point(1, 2)``, with ``x`` and ``y``; its repr is ``Point(1, 2)``.

    Points with equal coordinates are equal and hash alike, so they work in sets and as keys.
    """

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def distance_to(self, other):
        """Return the straight-line distance to the Point ``other``."""
        return math.hypot(self.x - other.x, self.y - other.y)

    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"


class Polygon:
    """A closed polygon through ``points`` (Point objects), in order, kept in ``self.points``.

    Fewer than three points raise ValueError.
    """

    def __init__(self, points):
        points = list(points)
        if len(points) < 3:
            raise ValueError("a polygon needs at least three points")
        self.points = points

    def _edges(self):
        """Each edge as a pair of points: (p0, p1), (p1, p2), ..., (last, p0)."""
        return zip(self.points, self.points[1:] + self.points[:1])

    def perimeter(self):
        """The sum of the lengths of the edges, the last point joined back to the first."""
        return sum(a.distance_to(b) for a, b in self._edges())

    def area(self):
        """The area, always positive whichever way round the points go (shoelace formula)."""
        return abs(sum(a.x * b.y - b.x * a.y for a, b in self._edges())) / 2


class Triangle(Polygon):
    """``Triangle(a, b, c)``: a Polygon of three points. Points on one line raise ValueError."""

    def __init__(self, a, b, c):
        super().__init__([a, b, c])
        if self.area() == 0:
            raise ValueError("the three points lie on one line")

    def is_right(self):
        """True when one angle is a right angle (sides checked with math.isclose)."""
        x, y, z = sorted(a.distance_to(b) ** 2 for a, b in self._edges())
        return math.isclose(x + y, z)
