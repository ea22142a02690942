"""Week 2: a small hierarchy of shapes."""
import math
from abc import ABC, abstractmethod


class Shape(ABC):
    """A flat shape. Subclasses give area() and perimeter(); everything else is shared."""

    @abstractmethod
    def area(self):
        """Return the area."""

    @abstractmethod
    def perimeter(self):
        """Return the length of the outline."""

    def describe(self):
        """Return ``"<ClassName> with area A and perimeter P"``, A and P with two decimals."""
        return f"{type(self).__name__} with area {self.area():.2f} and perimeter {self.perimeter():.2f}"

    def __lt__(self, other):
        """Shapes compare by area, so ``sorted(shapes)`` puts the smallest first."""
        if not isinstance(other, Shape):
            return NotImplemented
        return self.area() < other.area()


class Circle(Shape):
    """A circle: ``Circle(2)``. A radius of 0 or less raises ValueError. repr: ``Circle(2)``."""

    def __init__(self, radius):
        if radius <= 0:
            raise ValueError("a radius must be positive")
        self.radius = radius

    def area(self):
        return math.pi * self.radius ** 2

    def perimeter(self):
        return 2 * math.pi * self.radius

    def __repr__(self):
        return f"Circle({self.radius!r})"


class Rectangle(Shape):
    """``Rectangle(3, 4)``, width then height. A side of 0 or less raises ValueError.
    repr: ``Rectangle(3, 4)``."""

    def __init__(self, width, height):
        if width <= 0 or height <= 0:
            raise ValueError("sides must be positive")
        self.width = width
        self.height = height

    def area(self):
        return self.width * self.height

    def perimeter(self):
        return 2 * (self.width + self.height)

    def __repr__(self):
        return f"Rectangle({self.width!r}, {self.height!r})"


class Square(Rectangle):
    """A rectangle with equal sides: ``Square(5)``. Reuse Rectangle; repr: ``Square(5)``."""

    def __init__(self, side):
        super().__init__(side, side)

    pass
