"""Milestone 5: bring a table up to date with its model."""
from __future__ import annotations


def sql_literal(value) -> str:
    """``value`` written as an SQL literal, for the one place parameters can't go (DDL).

    None is NULL, ints and floats are written with repr(), text goes in single quotes with
    every single quote doubled (``it's`` -> ``'it''s'``). Anything else raises TypeError.
    """
    # Milestone 5
    raise NotImplementedError("sql_literal() is not written yet")


def migrate(model) -> list:
    """Create ``model``'s table, or add the columns it lacks; return the statements run.

    A missing table is created (``model.create_table()``; the list holds that one CREATE
    statement as ``"CREATE TABLE <name>"``). Otherwise ``PRAGMA table_info`` gives the
    existing columns, and every field whose column is missing is added with
    ``ALTER TABLE <table> ADD COLUMN <column_sql()>``, followed by ``DEFAULT <literal>``
    when the field has a default. A required field with no default can't be added to a
    table that may have rows: then ValueError is raised before anything changes.
    Columns the model no longer has are left alone. Running it twice changes nothing.
    """
    # Milestone 5
    raise NotImplementedError("migrate() is not written yet")
