"""Week 4: minimodel, a small validation library built on descriptors.

    @schema
    class User(Model):
        name = Field(str)
        age = Field(int, default=0)

    User(name="Ada", age=36)      # fine
    User(name="Ada", age="36")    # TypeError: age must be int, got str
    User.__schema__               # a JSON-Schema-like dict

Try it from a terminal in your workspace folder once the milestones are done:

    python internals/week4/minimodel.py
"""
import json

MISSING = object()   # "no default given"; None can't mean that, since None may be a real default


class Field:
    """A typed attribute, declared in a class body: ``age = Field(int, default=0)``."""

    def __init__(self, type_, default=MISSING):
        self.type = type_
        self.default = default
        self.name = None

    def __set_name__(self, owner, name):
        """Python calls this when the class body is done: remember the attribute's name."""
        # TODO
        raise NotImplementedError("Field.__set_name__ is not written yet")

    def __get__(self, obj, objtype=None):
        """Read the field.

        Through the class (``obj`` is None) return the Field itself, so that
        ``User.age`` shows the declaration. Through an instance, return the value
        stored for that instance, else the default, else raise AttributeError
        naming the field.
        """
        # TODO
        raise NotImplementedError("Field.__get__ is not written yet")

    def __set__(self, obj, value):
        """Check ``value`` and store it for this instance only.

        Accept it when ``isinstance(value, self.type)``, except that a bool is
        not accepted for an int field (bool is a subclass of int, but
        ``age=True`` is almost certainly a mistake). Otherwise raise TypeError
        with a message that names the field, the expected type and the type
        received, like "age must be int, got str".

        Where you store it is up to you. The instance's own ``__dict__``, under
        the field's name, works: a data descriptor (one with ``__set__``) comes
        before the instance dict when Python looks an attribute up.
        """
        # TODO
        raise NotImplementedError("Field.__set__ is not written yet")


class Model:
    """Base class for models: subclasses declare Fields, Model does the rest."""

    @classmethod
    def fields(cls):
        """Return a dict of field name -> Field for this class and all its bases.

        Order: the fields of the most basic class first, then each subclass's own
        fields in the order they are written (walk ``cls.__mro__`` from the end).
        A field that a subclass declares again keeps its original position but
        uses the subclass's Field.
        """
        # TODO
        raise NotImplementedError("Model.fields is not written yet")

    def __init__(self, **values):
        """Set every field from ``values``, going through the descriptors so types are checked.

        A name that is not a field raises TypeError. After that, any field without a
        default that was not given raises TypeError naming the missing fields.
        """
        # TODO
        raise NotImplementedError("Model.__init__ is not written yet")

    def __repr__(self):
        """``User(name='Ada', age=36)``: every field that has a value (given or default), in field order."""
        # TODO
        raise NotImplementedError("Model.__repr__ is not written yet")


JSON_TYPES = {str: "string", int: "integer", float: "number", bool: "boolean",
              list: "array", dict: "object"}


def schema(cls=None, *, title=None):
    """Class decorator: attach a JSON-Schema-like dict as ``cls.__schema__`` and return ``cls``.

    Usable bare (``@schema``) or with a title (``@schema(title="A user")``). For

        class User(Model):
            name = Field(str)
            age = Field(int, default=0)

    the schema is

        {"title": "User", "type": "object",
         "properties": {"name": {"type": "string"},
                        "age": {"type": "integer", "default": 0}},
         "required": ["name"]}

    Properties follow ``cls.fields()`` order. A field's type comes from JSON_TYPES.
    A field whose type is itself a Model subclass gets the schema a bare @schema
    would give that model (titled with its class name), plus its default if it
    has one. Any other type raises TypeError.
    "required" lists the fields without a default, in field order.
    """
    # TODO
    raise NotImplementedError("schema is not written yet")


def demo():
    """Build a couple of models and show what they do."""

    class Address(Model):
        city = Field(str)
        zip_code = Field(str, default="")

    @schema(title="A registered user")
    class User(Model):
        name = Field(str)
        age = Field(int, default=0)
        home = Field(Address, default=None)

    ada = User(name="Ada", age=36, home=Address(city="London"))
    print(ada)
    try:
        User(name="Bob", age="forty")
    except TypeError as error:
        print("rejected:", error)
    print(json.dumps(User.__schema__, indent=2))


if __name__ == "__main__":
    demo()
