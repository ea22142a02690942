"""Milestone 5: bring a table up to date with its model."""
from __future__ import annotations


def sql_literal(value) -> str:
    """``value`` written as an SQL literal, for the one place parameters can't go (DDL).

    None is NULL, ints and floats are written with repr(), text goes in single quotes with
    every single quote doubled (``it's`` -> ``'it''s'``). Anything else raises TypeError.
    """
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        raise TypeError("no SQL literal for bool")
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return "'" + value.replace("'", "''") + "'"
    raise TypeError(f"no SQL literal for {type(value).__name__}")


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
    db = model.db
    exists = db.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name = ?",
                        [model.table_name]).fetchone()
    if exists is None:
        model.create_table()
        return [f"CREATE TABLE {model.table_name}"]
    present = {row[1] for row in db.execute(f"PRAGMA table_info({model.table_name})")}
    missing = [field for field in model._fields.values() if field.column not in present]
    for field in missing:
        if not field.nullable and field.default is None:
            raise ValueError(f"can't add required column {field.column!r} without a default")
    statements = []
    for field in missing:
        sql = f"ALTER TABLE {model.table_name} ADD COLUMN {field.column_sql()}"
        if field.default is not None:
            sql += f" DEFAULT {sql_literal(field.default)}"
        db.execute(sql)
        statements.append(sql)
    db.commit()
    return statements
