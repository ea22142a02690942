"""A tiny migration runner on the standard library's sqlite3.

Each migration is (version, description, list of SQL statements). The
database remembers the last version applied, so each runs exactly once.
Tools such as Alembic do the same job for real projects.
"""
from __future__ import annotations

import sqlite3
from typing import List, Optional, Sequence, Tuple

Migration = Tuple[int, str, Sequence[str]]

MIGRATIONS: List[Migration] = [
    (1, "categories, items, tags and their links", [
        "CREATE TABLE categories (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL UNIQUE)",
        "CREATE TABLE items (id INTEGER PRIMARY KEY, name VARCHAR(100) NOT NULL, price FLOAT NOT NULL,"
        " category_id INTEGER REFERENCES categories (id))",
        "CREATE TABLE tags (id INTEGER PRIMARY KEY, name VARCHAR(30) NOT NULL UNIQUE)",
        "CREATE TABLE item_tags (item_id INTEGER REFERENCES items (id) ON DELETE CASCADE,"
        " tag_id INTEGER REFERENCES tags (id) ON DELETE CASCADE, PRIMARY KEY (item_id, tag_id))",
    ]),
    (2, "items get a description", [
        "ALTER TABLE items ADD COLUMN description TEXT NOT NULL DEFAULT ''",
    ]),
    (3, "look items up by name quickly", [
        "CREATE INDEX ix_items_name ON items (name)",
    ]),
]


class MigrationError(Exception):
    """A migration failed and was rolled back; ``version`` says which one."""

    def __init__(self, version: int, cause: BaseException) -> None:
        super().__init__(f"migration {version} failed: {cause}")
        self.version = version


def current_version(db_path: str) -> int:
    """Return the version the database at ``db_path`` is at.

    The version lives in a one-row table, schema_version (version INTEGER).
    A database without that table is at version 0.
    """
    raise NotImplementedError


def migrate(db_path: str, migrations: Sequence[Migration] = MIGRATIONS, target: Optional[int] = None) -> List[int]:
    """Bring the database at ``db_path`` up to date and return the versions applied, in order.

    - Check first: versions must be positive, distinct and increasing, else ValueError.
    - Skip the migrations the database already has; stop after ``target`` if given.
      A ``target`` below the current version raises ValueError (no going down).
    - Run each migration in its own transaction, together with the update of
      schema_version: either all of it happens or none of it.
    - If a statement fails, roll that migration back and raise MigrationError
      with its version. Migrations applied before it stay applied.

    Use sqlite3 directly. Open the connection with isolation_level=None and
    say BEGIN, COMMIT and ROLLBACK yourself: Python's default mode does not
    start a transaction before CREATE or ALTER, so they could not be undone.
    """
    raise NotImplementedError
