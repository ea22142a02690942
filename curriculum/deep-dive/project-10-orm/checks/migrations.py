"""Milestone: bring a table up to date with its model (tinyorm/migrate.py)."""
import sqlite3
from contextlib import contextmanager

from pymastery import call, capture, expect, expect_equal, expect_isinstance, learner_module, temp_folder


@contextmanager
def _database():
    migrate = learner_module()
    import tinyorm.model as model

    with temp_folder() as folder:
        connection = sqlite3.connect(folder.path("app.db"))
        try:
            model.Model.use(connection)
            yield migrate, model, connection
        finally:
            connection.close()


def _columns(connection, table):
    return [row[1] for row in connection.execute("PRAGMA table_info(%s)" % table)]


def check_sql_literal():
    """sql_literal writes numbers, NULL and quoted text safely"""
    migrate = learner_module()
    cases = [(None, "NULL"), (42, "42"), (2.5, "2.5"), ("plain", "'plain'"),
             ("it's", "'it''s'"), ("'; DROP TABLE x; --", "'''; DROP TABLE x; --'")]
    for value, literal in cases:
        expect_equal(call(migrate.sql_literal, value).value, literal,
                     hint="Text goes in single quotes, and each ' inside it is doubled: that is "
                          "how SQL escapes a quote.")
    expect_isinstance(capture(migrate.sql_literal, [1]).exception, TypeError)


def check_creates_a_missing_table():
    """A model without a table gets one"""
    with _database() as (migrate, model, connection):

        class Note(model.Model):
            text = model.Field(str)

        done = call(migrate.migrate, Note).value
        expect_equal(done, ["CREATE TABLE notes"])
        expect_equal(_columns(connection, "notes"), ["id", "text"])
        expect_equal(call(migrate.migrate, Note).value, [], hint="Nothing to do the second time.")


def check_adds_new_columns():
    """New fields become new columns, with defaults for the rows already there"""
    with _database() as (migrate, model, connection):

        class Note(model.Model):
            text = model.Field(str)

        Note.create_table()
        Note(text="old").save()

        class Note(model.Model):  # the same table, a newer model
            text = model.Field(str)
            tag = model.Field(str, default="it's new")
            stars = model.Field(int, nullable=True)

        done = call(migrate.migrate, Note).value
        expect_equal(done, ["ALTER TABLE notes ADD COLUMN tag TEXT NOT NULL DEFAULT 'it''s new'",
                            "ALTER TABLE notes ADD COLUMN stars INTEGER"],
                     hint="Compare PRAGMA table_info(<table>) with the fields; add each missing "
                          "one with its column_sql() and, when it has a default, "
                          "DEFAULT sql_literal(default).")
        expect_equal(_columns(connection, "notes"), ["id", "text", "tag", "stars"])
        expect_equal(connection.execute("SELECT text, tag, stars FROM notes").fetchall(),
                     [("old", "it's new", None)])
        expect_equal(call(migrate.migrate, Note).value, [], hint="Running it again changes nothing.")


def check_refuses_a_required_column_without_default():
    """A required field without a default is refused before anything changes"""
    with _database() as (migrate, model, connection):

        class Note(model.Model):
            text = model.Field(str)

        Note.create_table()

        class Note(model.Model):
            text = model.Field(str)
            colour = model.Field(str, nullable=True)
            owner = model.Field(str)

        outcome = capture(migrate.migrate, Note)
        expect_isinstance(outcome.exception, ValueError,
                          hint="SQLite can't add a NOT NULL column without a default to a table "
                               "with rows; raise ValueError naming it.")
        expect("owner" in str(outcome.exception), "the error says %r" % str(outcome.exception))
        expect_equal(_columns(connection, "notes"), ["id", "text"],
                     hint="Check every missing field first, and only then ALTER anything.")


def check_keeps_old_columns():
    """Columns the model no longer has are left in place"""
    with _database() as (migrate, model, connection):
        connection.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT, legacy TEXT)")

        class Note(model.Model):
            text = model.Field(str)

        expect_equal(call(migrate.migrate, Note).value, [])
        expect_equal(_columns(connection, "notes"), ["id", "text", "legacy"])
