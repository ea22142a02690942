"""Week 4: minimodel, a small validation library built on descriptors (reference solution).

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
        self.name = name

    def __get__(self, obj, objtype=None):
        """Read the field.

        Through the class (``obj`` is None) return the Field itself, so that
        ``User.age`` shows the declaration. Through an instance, return the value
        stored for that instance, else the default, else raise AttributeError
        naming the field.
        """
        if obj is None:
            return self
        try:
            return obj.__dict__[self.name]
        except KeyError:
            if self.default is MISSING:
                raise AttributeError("{} has no value yet".format(self.name)) from None
            return self.default

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
        wrong_bool = isinstance(value, bool) and self.type is int
        if wrong_bool or not isinstance(value, self.type):
            raise TypeError("{} must be {}, got {}".format(
                self.name, self.type.__name__, type(value).__name__))
        obj.__dict__[self.name] = value


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
        found = {}
        for klass in reversed(cls.__mro__):
            for name, value in vars(klass).items():
                if isinstance(value, Field):
                    found[name] = value
        return found

    def __init__(self, **values):
        """Set every field from ``values``, going through the descriptors so types are checked.

        A name that is not a field raises TypeError. After that, any field without a
        default that was not given raises TypeError naming the missing fields.
        """
        fields = self.fields()
        unknown = [name for name in values if name not in fields]
        if unknown:
            raise TypeError("{} has no field(s) {}".format(type(self).__name__, ", ".join(unknown)))
        for name, value in values.items():
            setattr(self, name, value)
        missing = [name for name, field in fields.items()
                   if name not in values and field.default is MISSING]
        if missing:
            raise TypeError("missing value(s) for {}".format(", ".join(missing)))

    def __repr__(self):
        """``User(name='Ada', age=36)``: every field that has a value (given or default), in field order."""
        parts = []
        for name in self.fields():
            try:
                parts.append("{}={!r}".format(name, getattr(self, name)))
            except AttributeError:
                pass
        return "{}({})".format(type(self).__name__, ", ".join(parts))


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
    def describe(model, heading):
        properties, required = {}, []
        for name, field in model.fields().items():
            if isinstance(field.type, type) and issubclass(field.type, Model):
                entry = dict(describe(field.type, field.type.__name__))
            elif field.type in JSON_TYPES:
                entry = {"type": JSON_TYPES[field.type]}
            else:
                raise TypeError("no JSON type for {} ({})".format(name, field.type))
            required.append(name)
            if field.default is not MISSING:
                entry["default"] = field.default
            properties[name] = entry
        return {"title": heading, "type": "object", "properties": properties, "required": required}

    def decorate(klass):
        klass.__schema__ = describe(klass, title or klass.__name__)
        return klass

    return decorate if cls is None else decorate(cls)


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
