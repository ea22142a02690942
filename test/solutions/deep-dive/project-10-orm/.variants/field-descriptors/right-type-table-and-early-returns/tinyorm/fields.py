"""Field written with a type table and early returns."""
SQL_TYPES = {int: "INTEGER", float: "REAL", str: "TEXT"}


class Field:
    def __init__(self, type, *, nullable=False, unique=False, default=None):
        self.type, self.nullable, self.unique, self.default = type, nullable, unique, default
        self.name = self.column = None

    def __set_name__(self, owner, name):
        self.name = self.column = name

    def __get__(self, obj, owner=None):
        return self if obj is None else vars(obj).get(self.column, self.default)

    def _checked(self, value):
        if value is None:
            if self.nullable:
                return None
            raise TypeError("%s is required" % self.name)
        if type(value) is bool:
            raise TypeError("%s: bool is not a %s" % (self.name, self.type.__name__))
        if self.type is float and isinstance(value, int):
            return float(value)
        if isinstance(value, self.type):
            return value
        raise TypeError("%s: expected %s, got %r" % (self.name, self.type.__name__, value))

    def __set__(self, obj, value):
        vars(obj)[self.column] = self._checked(value)

    def column_sql(self):
        words = [self.column, SQL_TYPES[self.type]]
        words += [] if self.nullable else ["NOT NULL"]
        words += ["UNIQUE"] if self.unique else []
        return " ".join(words)

    def db_value(self, obj):
        return obj.__dict__.get(self.column, self.default)

    def load(self, obj, value):
        obj.__dict__[self.column] = value
