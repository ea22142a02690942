"""Milestone 4: a foreign key that stores an id and loads the object only when asked."""
from __future__ import annotations

from tinyorm.fields import Field


class ForeignKey(Field):
    """``author = ForeignKey(User)``: the column ``author_id`` holds the user's id.

    Reading ``post.author`` loads the User with one query the first time and keeps it;
    reading it again costs nothing, until another author is set.
    """

    def __init__(self, target, *, nullable=False):
        super().__init__(int, nullable=nullable)
        self.target = target

    def __set_name__(self, owner, name):
        self.name = name
        self.column = name + "_id"
        self.cache = "_" + name + "_object"

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        target_id = obj.__dict__.get(self.column)
        if target_id is None:
            return None
        cached = obj.__dict__.get(self.cache)
        if cached is None or cached.id != target_id:
            cached = self.target.get(target_id)
            obj.__dict__[self.cache] = cached
        return cached

    def __set__(self, obj, value):
        """Accept a saved instance of the target model (or None when nullable).

        Anything else raises TypeError; an instance that was never saved (no id yet)
        raises ValueError.
        """
        if value is None:
            if not self.nullable:
                raise TypeError(f"{self.name} can't be None")
            obj.__dict__[self.column] = None
            obj.__dict__.pop(self.cache, None)
            return
        if not isinstance(value, self.target):
            raise TypeError(f"{self.name} must be a {self.target.__name__}, "
                            f"not {type(value).__name__}")
        if value.id is None:
            raise ValueError(f"save the {self.target.__name__} before using it as {self.name}")
        obj.__dict__[self.column] = value.id
        obj.__dict__[self.cache] = value

    def column_sql(self) -> str:
        """``"author_id INTEGER NOT NULL REFERENCES users(id)"``."""
        parts = [self.column, "INTEGER"]
        if not self.nullable:
            parts.append("NOT NULL")
        parts.append(f"REFERENCES {self.target.table_name}(id)")
        return " ".join(parts)

    def load(self, obj, value):
        obj.__dict__[self.column] = value
        obj.__dict__.pop(self.cache, None)
