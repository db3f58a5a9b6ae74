import math

from crossroads_exercise import learner_module, source


def shapes():
    return learner_module("shapes")


def shape_class(name):
    cls = getattr(shapes(), name, None)
    assert cls is not None, "shapes.py has no class %s yet." % name
    return cls


def check_rectangle():
    r = shape_class("Rectangle")(2, 3)
    assert r.area() == 6, "Rectangle(2, 3).area() returned %r; expected 6." % (r.area(),)


def check_square_is_a_rectangle():
    Square = shape_class("Square")
    Rectangle = shape_class("Rectangle")
    assert issubclass(Square, Rectangle), "Square should be a subclass of Rectangle: class Square(Rectangle):"
    s = Square(3)
    assert s.width == 3 and s.height == 3, "Square(3) should have width 3 and height 3."
    assert s.area() == 9, "Square(3).area() returned %r; expected 9." % (s.area(),)
    assert "area" not in Square.__dict__, "Square should not need its own area(); it inherits Rectangle's."
    assert "super()" in source("shapes.py"), "Call the parent's __init__ with super().__init__(side, side)."


def check_circle():
    c = shape_class("Circle")(2)
    assert isinstance(c, shape_class("Shape")), "Circle should be a subclass of Shape."
    assert math.isclose(c.area(), math.pi * 4), "Circle(2).area() returned %r; expected about 12.566." % (c.area(),)


def check_describe():
    cases = [(shape_class("Square")(2), "Square with area 4.00"), (shape_class("Circle")(1), "Circle with area 3.14")]
    for shape, expected in cases:
        got = shape.describe()
        assert got == expected, "%s.describe() returned %r; expected %r." % (type(shape).__name__, got, expected)
    assert "describe" not in shape_class("Square").__dict__, "Write describe() once, in Shape, not in every subclass."


def check_total_area():
    module = shapes()
    got = module.total_area([shape_class("Rectangle")(2, 3), shape_class("Circle")(1)])
    assert math.isclose(got, 6 + math.pi), "total_area([Rectangle(2, 3), Circle(1)]) returned %r; expected about 9.14." % (got,)
    assert module.total_area([]) == 0, "total_area([]) should be 0."
