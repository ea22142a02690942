"""Milestone 3: a lazy, chainable query that builds parameterised SQL."""
from __future__ import annotations

#: The lookups after "__" in a filter keyword, with the SQL they become.
LOOKUPS = {"exact": "=", "ne": "!=", "gt": ">", "gte": ">=", "lt": "<", "lte": "<=",
           "contains": "LIKE", "in": "IN"}


class Query:
    """``Book.filter(pages__gt=100).order_by("-year").limit(5)``: nothing runs until you loop.

    Every method returns a new Query and leaves this one as it was.
    """

    def __init__(self, model, where=(), params=(), order=(), limit=None):
        self.model = model
        self.where = tuple(where)
        self.params = tuple(params)
        self.order = tuple(order)
        self._limit = limit

    def _copy(self, **changes):
        state = {"where": self.where, "params": self.params, "order": self.order,
                 "limit": self._limit}
        state.update(changes)
        return Query(self.model, **state)

    def _column(self, name) -> str:
        """The column for a field name; ValueError for a name the model doesn't have."""
        # Milestone 3
        raise NotImplementedError("_column() is not written yet")

    def filter(self, **lookups):
        """Add conditions, joined with AND: ``name="Ada"``, ``age__gte=18``, ``tag__in=[...]``.

        Lookups: exact (the default), ne, gt, gte, lt, lte, contains (the text appears
        anywhere) and in (a list of values). A model instance as a value stands for its id.
        Unknown fields or lookups raise ValueError. Values become parameters.
        """
        # Milestone 3
        raise NotImplementedError("filter() is not written yet")

    def order_by(self, *names):
        """Sort by these fields, ``"-year"`` meaning descending; replaces any earlier order."""
        # Milestone 3
        raise NotImplementedError("order_by() is not written yet")

    def limit(self, count):
        """At most ``count`` rows (a non-negative int, else ValueError)."""
        # Milestone 3
        raise NotImplementedError("limit() is not written yet")

    def _where_sql(self) -> str:
        # Milestone 3
        raise NotImplementedError("_where_sql() is not written yet")

    def sql(self):
        """The SELECT this query will run, and its parameters: ``(sql, [values])``."""
        # Milestone 3
        raise NotImplementedError("sql() is not written yet")

    def __iter__(self):
        """Run the query now, and yield one model instance per row."""
        # Milestone 3
        raise NotImplementedError("__iter__() is not written yet")

    def count(self) -> int:
        """How many rows match (the limit aside), with one SELECT COUNT(*)."""
        # Milestone 3
        raise NotImplementedError("count() is not written yet")

    def first(self):
        """The first matching instance, or None."""
        # Milestone 3
        raise NotImplementedError("first() is not written yet")
