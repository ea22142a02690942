"""Milestone 2: a Model base class that maps a class to a table."""
from __future__ import annotations

from tinyorm.fields import Field


class Model:
    """Subclass it and declare Fields: each subclass is a table, each instance a row."""

    #: The table; a subclass without one gets its lower-case name plus "s" ("Book" -> "books").
    table_name = None
    #: The sqlite3 connection every model uses, set with Model.use().
    db = None
    #: The subclass's Fields by attribute name, in the order they were declared.
    _fields: dict = {}

    def __init_subclass__(cls, **kwargs):
        """Collect the Fields of ``cls`` (inherited ones first) and name its table."""
        # Milestone 2
        raise NotImplementedError("__init_subclass__() is not written yet")

    @classmethod
    def use(cls, connection):
        """Make every model use ``connection`` (a sqlite3.Connection)."""
        Model.db = connection

    def __init__(self, **values):
        """Set each field from ``values`` (through its descriptor, so it is checked).

        A field not given gets its default, or None when it is nullable; a required one
        missing, or a name that is no field, raises TypeError. ``id`` is None until saved.
        """
        # Milestone 2
        raise NotImplementedError("__init__() is not written yet")

    def __repr__(self):
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._fields)
        return f"{type(self).__name__}(id={self.id!r}, {shown})"

    def __eq__(self, other):
        return type(other) is type(self) and self.id is not None and other.id == self.id

    __hash__ = object.__hash__

    @classmethod
    def _columns(cls) -> list:
        return [field.column for field in cls._fields.values()]

    @classmethod
    def create_table(cls):
        """CREATE TABLE IF NOT EXISTS, with ``id INTEGER PRIMARY KEY AUTOINCREMENT`` first."""
        # Milestone 2
        raise NotImplementedError("create_table() is not written yet")

    def save(self):
        """INSERT a new row (then set ``self.id``) or UPDATE the saved one; return self.

        Every value travels as a parameter (``?``), never inside the SQL text.
        """
        # Milestone 2
        raise NotImplementedError("save() is not written yet")

    def delete(self):
        """Remove the row; ``id`` goes back to None."""
        # Milestone 2
        raise NotImplementedError("delete() is not written yet")

    @classmethod
    def _from_row(cls, row):
        """An instance from a row of (id, *columns), loaded without validation."""
        # Milestone 2
        raise NotImplementedError("_from_row() is not written yet")

    @classmethod
    def get(cls, id):
        """The saved instance with this id, or None."""
        # Milestone 2
        raise NotImplementedError("get() is not written yet")

    @classmethod
    def all(cls):
        """A lazy query for every row (see query.py)."""
        from tinyorm.query import Query

        return Query(cls)

    @classmethod
    def filter(cls, **lookups):
        """A lazy query for the rows that match (see query.py)."""
        return cls.all().filter(**lookups)
