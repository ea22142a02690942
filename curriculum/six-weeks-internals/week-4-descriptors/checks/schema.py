"""Checks for the `schema` milestone: a class decorator that describes a model."""
from pymastery import call, capture, expect, expect_equal, expect_isinstance, fail, learner_module


def _models(tool):
    Field, Model = tool.Field, tool.Model
    try:
        class Point(Model):
            x = Field(float)
            y = Field(float, default=0.0)

        class Shape(Model):
            name = Field(str)
            closed = Field(bool, default=False)
            corners = Field(list, default=[])
            meta = Field(dict, default={"v": 1})
            sides = Field(int)
            centre = Field(Point)

        class Oddity(Model):
            payload = Field(bytes)
    except Exception as error:
        cause = error.__cause__ or error
        fail("defining models raised {}: {}".format(type(cause).__name__, cause),
             hint="Finish the typed-field milestone first.")
    return Point, Shape, Oddity


POINT = {
    "title": "Point", "type": "object",
    "properties": {"x": {"type": "number"}, "y": {"type": "number", "default": 0.0}},
    "required": ["x"],
}


def check_bare_decorator():
    """@schema attaches __schema__ and returns the class itself"""
    tool = learner_module()
    Point, _, _ = _models(tool)
    returned = call(tool.schema, Point).value
    expect(returned is Point, "schema(Point) returned {!r}, not the class".format(returned),
           hint="A class decorator that only adds an attribute returns the class it was given.")
    expect_equal(getattr(Point, "__schema__", None), POINT,
                 hint="Set cls.__schema__ to a dict with title, type, properties and required.")


def check_title_option():
    """@schema(title=...) works too"""
    tool = learner_module()
    Point, _, _ = _models(tool)
    decorator = call(tool.schema, title="A point").value
    expect(callable(decorator), "schema(title=...) did not return a decorator",
           hint="When cls is None you were called with options: return the inner decorator.")
    call(decorator, Point)
    expect_equal(Point.__schema__["title"], "A point", hint="Use title when it is given, else cls.__name__.")


def check_types_defaults_nesting():
    """every JSON type, defaults, required fields and a nested model"""
    tool = learner_module()
    _, Shape, _ = _models(tool)
    call(tool.schema, Shape)
    expected = {
        "title": "Shape", "type": "object",
        "properties": {
            "name": {"type": "string"},
            "closed": {"type": "boolean", "default": False},
            "corners": {"type": "array", "default": []},
            "meta": {"type": "object", "default": {"v": 1}},
            "sides": {"type": "integer"},
            "centre": POINT,
        },
        "required": ["name", "sides", "centre"],
    }
    got = getattr(Shape, "__schema__", None)
    expect_isinstance(got, dict, hint="Attach the schema as Shape.__schema__.")
    expect_equal(list(got.get("properties", {})), list(expected["properties"]),
                 hint="Build properties in cls.fields() order.")
    for name, entry in expected["properties"].items():
        expect_equal(got["properties"][name], entry,
                     message="the schema of field {!r} is {!r}".format(name, got["properties"][name]),
                     hint="Look the type up in JSON_TYPES; add 'default' only when the field has one. "
                          "A Model subclass as type gets that model's own schema, built the same way.")
    expect_equal(got, expected, hint="required lists the fields without a default, in field order.")


def check_unsupported_type():
    """a type with no JSON equivalent raises TypeError"""
    tool = learner_module()
    _, _, Oddity = _models(tool)
    outcome = capture(tool.schema, Oddity)
    expect_isinstance(outcome.exception, TypeError,
                      hint="bytes is not in JSON_TYPES and not a Model: raise TypeError naming the field.")
