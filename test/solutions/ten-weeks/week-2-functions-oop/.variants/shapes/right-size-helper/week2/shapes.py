"""The same hierarchy, with the sizes checked in one helper."""
import math
from abc import ABC, abstractmethod


def _positive(*sizes):
    if any(size <= 0 for size in sizes):
        raise ValueError("sizes must be positive")


class Shape(ABC):
    @abstractmethod
    def area(self): ...

    @abstractmethod
    def perimeter(self): ...

    def describe(self):
        return "{} with area {:.2f} and perimeter {:.2f}".format(
            self.__class__.__name__, self.area(), self.perimeter())

    def __lt__(self, other):
        return self.area() < other.area()


class Circle(Shape):
    def __init__(self, radius):
        _positive(radius)
        self.radius = radius

    def area(self):
        return math.pi * self.radius * self.radius

    def perimeter(self):
        return math.tau * self.radius

    def __repr__(self):
        return "Circle(%r)" % self.radius


class Rectangle(Shape):
    def __init__(self, width, height):
        _positive(width, height)
        self.width, self.height = width, height

    def area(self):
        return self.width * self.height

    def perimeter(self):
        return 2 * self.width + 2 * self.height

    def __repr__(self):
        return "Rectangle(%r, %r)" % (self.width, self.height)


class Square(Rectangle):
    def __init__(self, side):
        Rectangle.__init__(self, side, side)

    def __repr__(self):
        return "Square(%r)" % self.width
