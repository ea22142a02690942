"""A tiny migration runner on the standard library's sqlite3."""
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


def _connect(db_path: str) -> sqlite3.Connection:
    return sqlite3.connect(db_path)


def _version(connection: sqlite3.Connection) -> int:
    exists = connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'").fetchone()
    if not exists:
        return 0
    row = connection.execute("SELECT version FROM schema_version").fetchone()
    return row[0] if row else 0


def current_version(db_path: str) -> int:
    """The version the database is at: 0 for a database no migration has touched."""
    connection = _connect(db_path)
    try:
        return _version(connection)
    finally:
        connection.close()


def migrate(db_path: str, migrations: Sequence[Migration] = MIGRATIONS, target: Optional[int] = None) -> List[int]:
    """Apply, in order, each migration newer than the database, up to ``target`` (default: all)."""
    versions = [version for version, _, _ in migrations]
    if versions != sorted(set(versions)) or any(v < 1 for v in versions):
        raise ValueError("migration versions must be distinct, positive and in increasing order")
    connection = _connect(db_path)
    try:
        current = _version(connection)
        if target is not None and target < current:
            raise ValueError(f"the database is at version {current}; going down to {target} is not supported")
        connection.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
        if connection.execute("SELECT COUNT(*) FROM schema_version").fetchone()[0] == 0:
            connection.execute("INSERT INTO schema_version (version) VALUES (0)")
            connection.commit()
        applied = []
        for version, _description, statements in migrations:
            if version <= current or (target is not None and version > target):
                continue
            try:
                for statement in statements:
                    connection.execute(statement)
                connection.execute("UPDATE schema_version SET version = ?", (version,))
                connection.commit()
            except Exception as error:
                connection.rollback()
                raise MigrationError(version, error) from error
            applied.append(version)
        return applied
    finally:
        connection.close()
