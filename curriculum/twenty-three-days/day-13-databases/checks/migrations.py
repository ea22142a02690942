"""Checks for the `migrations` milestone: a versioned, transactional migration runner."""
import sqlite3

from pymastery import call, capture, expect, expect_equal
from pymastery.track.database import TempDatabase
from pymastery.track.packages import import_from

ROOT = "week2/day13"


def _tables(path):
    connection = sqlite3.connect(path)
    try:
        return {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        connection.close()


def _query(path, sql):
    connection = sqlite3.connect(path)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def _module():
    return import_from(ROOT, "api.migrations")


def check_fresh_database():
    """a fresh database is at version 0 and migrates to the latest"""
    migrations = _module()
    with TempDatabase() as database:
        expect_equal(call(migrations.current_version, database.path).value, 0,
                     hint="No schema_version table yet means version 0; check sqlite_master before reading it.")
        applied = call(migrations.migrate, database.path).value
        expect_equal(applied, [1, 2, 3], hint="Apply every migration newer than the database, in order, and return their versions.")
        expect_equal(call(migrations.current_version, database.path).value, 3,
                     hint="Record each applied version in schema_version.")
        expect({"categories", "items", "tags", "item_tags", "schema_version"} <= _tables(database.path),
               "After migrating, the tables of migration 1 and schema_version should exist.",
               hint="Run each statement of each migration on the connection.")
        expect_equal(_query(database.path, "SELECT COUNT(*) FROM schema_version"), [(1,)],
                     hint="schema_version holds one row: update it instead of inserting a row per migration.")


def check_runs_once():
    """migrating again applies nothing"""
    migrations = _module()
    with TempDatabase() as database:
        call(migrations.migrate, database.path)
        expect_equal(call(migrations.migrate, database.path).value, [],
                     hint="Skip every migration whose version is not above current_version.")
        expect_equal(call(migrations.current_version, database.path).value, 3, hint="The version stays at 3.")


def check_upgrade_keeps_data():
    """upgrading an older database keeps its rows"""
    migrations = _module()
    with TempDatabase() as database:
        expect_equal(call(migrations.migrate, database.path, target=1).value, [1], hint="Stop after the target version.")
        connection = sqlite3.connect(database.path)
        connection.execute("INSERT INTO items (name, price) VALUES ('lamp', 12.5)")
        connection.commit()
        connection.close()
        expect_equal(call(migrations.migrate, database.path).value, [2, 3], hint="Continue from the version the database is at.")
        expect_equal(_query(database.path, "SELECT name, price, description FROM items"), [("lamp", 12.5, "")],
                     hint="Migrations change the schema in place; existing rows stay.")


def check_failed_migration_rolls_back():
    """a failing migration is undone completely, earlier ones stay"""
    migrations = _module()
    steps = [
        (1, "first", ["CREATE TABLE first (id INTEGER PRIMARY KEY)"]),
        (2, "broken", ["CREATE TABLE second (id INTEGER PRIMARY KEY)",
                       "INSERT INTO second (id) VALUES (1)",
                       "INSERT INTO no_such_table VALUES (1)"]),
        (3, "never reached", ["CREATE TABLE third (id INTEGER PRIMARY KEY)"]),
    ]
    with TempDatabase() as database:
        outcome = capture(migrations.migrate, database.path, steps)
        error = outcome.exception
        expect(isinstance(error, migrations.MigrationError) and getattr(error, "version", None) == 2,
               "A failing migration 2 should raise MigrationError with version 2, got %r." % (error,),
               hint="Catch the sqlite3 error, roll back, and raise MigrationError(version, error).")
        tables = _tables(database.path)
        expect("first" in tables, "Migration 1 succeeded and must stay applied.", hint="Commit after each migration.")
        expect("second" not in tables,
               "Migration 2 failed, but its CREATE TABLE second was not undone.",
               hint="Open the connection with isolation_level=None and run BEGIN yourself before the migration's statements, "
                    "so that CREATE TABLE is inside the transaction that ROLLBACK undoes.")
        expect("third" not in tables, "Migration 3 ran after migration 2 had failed.", hint="Stop at the first failure.")
        expect_equal(call(migrations.current_version, database.path).value, 1,
                     hint="Update schema_version inside the same transaction as the migration.")


def check_bad_lists_refused():
    """out-of-order versions or a lower target are refused before anything runs"""
    migrations = _module()
    with TempDatabase() as database:
        steps = [(2, "two", ["CREATE TABLE two (id INTEGER)"]), (1, "one", ["CREATE TABLE one (id INTEGER)"])]
        outcome = capture(migrations.migrate, database.path, steps)
        expect(isinstance(outcome.exception, ValueError), "Versions out of order should raise ValueError, got %r." % (outcome.exception,),
               hint="Check that the versions are positive, distinct and increasing before touching the database.")
        expect("two" not in _tables(database.path), "Nothing may run when the list is refused.", hint="Validate first.")
        call(migrations.migrate, database.path)
        outcome = capture(migrations.migrate, database.path, target=1)
        expect(isinstance(outcome.exception, ValueError),
               "A target below the current version should raise ValueError, got %r." % (outcome.exception,),
               hint="This runner only goes up: a lower target is a mistake worth reporting.")
