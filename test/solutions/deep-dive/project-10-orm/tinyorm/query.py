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
        if name == "id":
            return "id"
        field = self.model._fields.get(name)
        if field is None:
            raise ValueError(f"{self.model.__name__} has no field {name!r}")
        return field.column

    def filter(self, **lookups):
        """Add conditions, joined with AND: ``name="Ada"``, ``age__gte=18``, ``tag__in=[...]``.

        Lookups: exact (the default), ne, gt, gte, lt, lte, contains (the text appears
        anywhere) and in (a list of values). A model instance as a value stands for its id.
        Unknown fields or lookups raise ValueError. Values become parameters.
        """
        where, params = list(self.where), list(self.params)
        for key, value in lookups.items():
            name, _, lookup = key.partition("__")
            lookup = lookup or "exact"
            if lookup not in LOOKUPS:
                raise ValueError(f"unknown lookup {lookup!r} in {key!r}")
            column = self._column(name)
            if hasattr(value, "_fields") and hasattr(value, "id"):
                value = value.id
            if lookup == "in":
                values = list(value)
                where.append(f"{column} IN ({', '.join('?' for _ in values)})")
                params.extend(values)
            elif lookup == "contains":
                where.append(f"{column} LIKE ?")
                params.append(f"%{value}%")
            else:
                where.append(f"{column} {LOOKUPS[lookup]} ?")
                params.append(value)
        return self._copy(where=where, params=params)

    def order_by(self, *names):
        """Sort by these fields, ``"-year"`` meaning descending; replaces any earlier order."""
        order = []
        for name in names:
            descending = name.startswith("-")
            column = self._column(name.lstrip("-"))
            order.append(f"{column} DESC" if descending else column)
        return self._copy(order=order)

    def limit(self, count):
        """At most ``count`` rows (a non-negative int, else ValueError)."""
        if not isinstance(count, int) or isinstance(count, bool) or count < 0:
            raise ValueError(f"limit must be a non-negative int, not {count!r}")
        return self._copy(limit=count)

    def _where_sql(self) -> str:
        return f" WHERE {' AND '.join(self.where)}" if self.where else ""

    def sql(self):
        """The SELECT this query will run, and its parameters: ``(sql, [values])``."""
        columns = ", ".join(["id"] + self.model._columns())
        sql = f"SELECT {columns} FROM {self.model.table_name}{self._where_sql()}"
        params = list(self.params)
        if self.order:
            sql += f" ORDER BY {', '.join(self.order)}"
        if self._limit is not None:
            sql += " LIMIT ?"
            params.append(self._limit)
        return sql, params

    def __iter__(self):
        """Run the query now, and yield one model instance per row."""
        sql, params = self.sql()
        rows = self.model.db.execute(sql, params).fetchall()
        return iter([self.model._from_row(row) for row in rows])

    def count(self) -> int:
        """How many rows match (the limit aside), with one SELECT COUNT(*)."""
        sql = f"SELECT COUNT(*) FROM {self.model.table_name}{self._where_sql()}"
        return self.model.db.execute(sql, list(self.params)).fetchone()[0]

    def first(self):
        """The first matching instance, or None."""
        return next(iter(self.limit(1)), None)
