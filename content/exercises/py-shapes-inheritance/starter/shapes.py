"""Inheritance: a base class, subclasses, super() and overriding."""

import math


class Shape:
    def area(self):
        raise NotImplementedError("each shape computes its own area")

    def describe(self):
        # TODO: use the name of the real class, not always "Shape".
        return "Shape with area %.2f" % self.area()


class Rectangle(Shape):
    def __init__(self, width, height):
        self.width = width
        self.height = height

    def area(self):
        # TODO
        return 0


# TODO: class Square, a subclass of Rectangle


# TODO: class Circle


def total_area(shapes):
    # TODO
    return 0
