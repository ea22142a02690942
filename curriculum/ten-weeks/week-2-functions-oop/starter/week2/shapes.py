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
        # TODO
        raise NotImplementedError("describe is not written yet")

    def __lt__(self, other):
        """Shapes compare by area, so ``sorted(shapes)`` puts the smallest first."""
        # TODO
        raise NotImplementedError("__lt__ is not written yet")


class Circle(Shape):
    """A circle: ``Circle(2)``. A radius of 0 or less raises ValueError. repr: ``Circle(2)``."""

    def __init__(self, radius):
        # TODO
        raise NotImplementedError("__init__ is not written yet")

    def area(self):
        # TODO
        raise NotImplementedError("area is not written yet")

    def perimeter(self):
        # TODO
        raise NotImplementedError("perimeter is not written yet")

    def __repr__(self):
        # TODO
        raise NotImplementedError("__repr__ is not written yet")


class Rectangle(Shape):
    """``Rectangle(3, 4)``, width then height. A side of 0 or less raises ValueError.
    repr: ``Rectangle(3, 4)``."""

    def __init__(self, width, height):
        # TODO
        raise NotImplementedError("__init__ is not written yet")

    def area(self):
        # TODO
        raise NotImplementedError("area is not written yet")

    def perimeter(self):
        # TODO
        raise NotImplementedError("perimeter is not written yet")

    def __repr__(self):
        # TODO
        raise NotImplementedError("__repr__ is not written yet")


class Square(Rectangle):
    """A rectangle with equal sides: ``Square(5)``. Reuse Rectangle; repr: ``Square(5)``."""

    def __init__(self, side):
        # TODO
        raise NotImplementedError("__init__ is not written yet")

    def __repr__(self):
        # TODO
        raise NotImplementedError("__repr__ is not written yet")
