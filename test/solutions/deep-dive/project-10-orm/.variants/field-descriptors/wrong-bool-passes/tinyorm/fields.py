"""Milestone 1: a descriptor that types, validates and stores one column of a model."""
from __future__ import annotations

#: The SQLite column type for each Python type a Field can hold.
SQL_TYPES = {int: "INTEGER", float: "REAL", str: "TEXT"}


class Field:
    """One column: ``name = Field(str)``, ``age = Field(int, nullable=True)``.

    On an instance the field reads and writes the value kept in the instance's
    ``__dict__`` under ``self.column``; on the class it is the Field itself.
    """

    def __init__(self, type, *, nullable=False, unique=False, default=None):
        if type not in SQL_TYPES:
            raise TypeError(f"a Field holds int, float or str, not {type!r}")
        self.type = type
        self.nullable = nullable
        self.unique = unique
        self.default = default
        self.name = None
        self.column = None

    def __set_name__(self, owner, name):
        """Learn the attribute name; the column is called the same."""
        self.name = name
        self.column = name

    def __get__(self, obj, owner=None):
        """The Field itself on the class; the stored value (else the default) on an instance."""
        if obj is None:
            return self
        return obj.__dict__.get(self.column, self.default)

    def __set__(self, obj, value):
        """Store ``value`` after checking it.

        ``None`` is refused unless the field is nullable. Other values must be of the field's
        type (``bool`` does not count as ``int``); an ``int`` given to a ``float`` field is
        stored as a ``float``. A refused value raises ``TypeError`` naming the field.
        """
        if value is None:
            if not self.nullable:
                raise TypeError(f"{self.name} can't be None")
        elif self.type is float and type(value) is int:
            value = float(value)
        elif not isinstance(value, self.type):
            raise TypeError(f"{self.name} must be {self.type.__name__}, "
                            f"not {type(value).__name__}")
        obj.__dict__[self.column] = value

    def column_sql(self) -> str:
        """The column's definition for CREATE TABLE: ``"email TEXT NOT NULL UNIQUE"``."""
        parts = [self.column, SQL_TYPES[self.type]]
        if not self.nullable:
            parts.append("NOT NULL")
        if self.unique:
            parts.append("UNIQUE")
        return " ".join(parts)

    def db_value(self, obj):
        """The value to store in the database for ``obj``."""
        return obj.__dict__.get(self.column, self.default)

    def load(self, obj, value):
        """Put a value read from the database into ``obj``, without checking it."""
        obj.__dict__[self.column] = value
