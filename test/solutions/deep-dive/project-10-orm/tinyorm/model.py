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
        super().__init_subclass__(**kwargs)
        fields = {}
        for klass in reversed(cls.__mro__):
            for name, value in vars(klass).items():
                if isinstance(value, Field):
                    fields[name] = value
        cls._fields = fields
        if not vars(cls).get("table_name"):
            cls.table_name = cls.__name__.lower() + "s"

    @classmethod
    def use(cls, connection):
        """Make every model use ``connection`` (a sqlite3.Connection)."""
        Model.db = connection

    def __init__(self, **values):
        """Set each field from ``values`` (through its descriptor, so it is checked).

        A field not given gets its default, or None when it is nullable; a required one
        missing, or a name that is no field, raises TypeError. ``id`` is None until saved.
        """
        self.id = values.pop("id", None)
        for name in values:
            if name not in self._fields:
                raise TypeError(f"{type(self).__name__} has no field {name!r}")
        for name, field in self._fields.items():
            if name in values:
                setattr(self, name, values[name])
            elif field.default is not None:
                setattr(self, name, field.default)
            elif field.nullable:
                setattr(self, name, None)
            else:
                raise TypeError(f"{type(self).__name__} needs a value for {name!r}")

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
        columns = ["id INTEGER PRIMARY KEY AUTOINCREMENT"]
        columns += [field.column_sql() for field in cls._fields.values()]
        cls.db.execute(f"CREATE TABLE IF NOT EXISTS {cls.table_name} ({', '.join(columns)})")
        cls.db.commit()

    def save(self):
        """INSERT a new row (then set ``self.id``) or UPDATE the saved one; return self.

        Every value travels as a parameter (``?``), never inside the SQL text.
        """
        values = [field.db_value(self) for field in self._fields.values()]
        columns = self._columns()
        if self.id is None:
            marks = ", ".join("?" for _ in columns)
            cursor = self.db.execute(
                f"INSERT INTO {self.table_name} ({', '.join(columns)}) VALUES ({marks})", values)
            self.id = cursor.lastrowid
        else:
            sets = ", ".join(f"{column} = ?" for column in columns)
            self.db.execute(f"UPDATE {self.table_name} SET {sets} WHERE id = ?", values + [self.id])
        self.db.commit()
        return self

    def delete(self):
        """Remove the row; ``id`` goes back to None."""
        self.db.execute(f"DELETE FROM {self.table_name} WHERE id = ?", [self.id])
        self.db.commit()
        self.id = None

    @classmethod
    def _from_row(cls, row):
        """An instance from a row of (id, *columns), loaded without validation."""
        obj = cls.__new__(cls)
        obj.id = row[0]
        for field, value in zip(cls._fields.values(), row[1:]):
            field.load(obj, value)
        return obj

    @classmethod
    def get(cls, id):
        """The saved instance with this id, or None."""
        row = cls.db.execute(
            f"SELECT id, {', '.join(cls._columns())} FROM {cls.table_name} WHERE id = ?",
            [id]).fetchone()
        return None if row is None else cls._from_row(row)

    @classmethod
    def all(cls):
        """A lazy query for every row (see query.py)."""
        from tinyorm.query import Query

        return Query(cls)

    @classmethod
    def filter(cls, **lookups):
        """A lazy query for the rows that match (see query.py)."""
        return cls.all().filter(**lookups)
