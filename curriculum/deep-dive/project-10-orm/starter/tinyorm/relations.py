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
        # Milestone 4
        raise NotImplementedError("__set_name__() is not written yet")

    def __get__(self, obj, owner=None):
        # Milestone 4
        raise NotImplementedError("__get__() is not written yet")

    def __set__(self, obj, value):
        """Accept a saved instance of the target model (or None when nullable).

        Anything else raises TypeError; an instance that was never saved (no id yet)
        raises ValueError.
        """
        # Milestone 4
        raise NotImplementedError("__set__() is not written yet")

    def column_sql(self) -> str:
        """``"author_id INTEGER NOT NULL REFERENCES users(id)"``."""
        # Milestone 4
        raise NotImplementedError("column_sql() is not written yet")

    def load(self, obj, value):
        # Milestone 4
        raise NotImplementedError("load() is not written yet")
