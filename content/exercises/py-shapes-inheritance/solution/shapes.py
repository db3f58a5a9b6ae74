"""Inheritance: a base class, subclasses, super() and overriding."""

import math


class Shape:
    def area(self):
        raise NotImplementedError("each shape computes its own area")

    def describe(self):
        return "%s with area %.2f" % (type(self).__name__, self.area())


class Rectangle(Shape):
    def __init__(self, width, height):
        self.width = width
        self.height = height

    def area(self):
        return self.width * self.height


class Square(Rectangle):
    def __init__(self, side):
        super().__init__(side, side)


class Circle(Shape):
    def __init__(self, radius):
        self.radius = radius

    def area(self):
        return math.pi * self.radius ** 2


def total_area(shapes):
    return sum(shape.area() for shape in shapes)
