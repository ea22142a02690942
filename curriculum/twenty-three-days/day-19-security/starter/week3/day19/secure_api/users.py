"""The users table, read and written with parameters only."""
import re
import sqlite3
from typing import Optional

USERNAME = re.compile(r"[a-z][a-z0-9_]{2,31}")
ROLES = ("user", "admin")


def create_table(conn: sqlite3.Connection) -> None:
    conn.execute(
        "CREATE TABLE IF NOT EXISTS users ("
        " username TEXT PRIMARY KEY,"
        " password_hash TEXT NOT NULL,"
        " role TEXT NOT NULL)"
    )


def validate_username(name: object) -> str:
    """The username, trimmed and lower-cased, or ValueError when it breaks the rules.

    Rules: 3 to 32 characters, a letter first, then letters, digits or underscores.
    """
    # TODO: check the type, clean it up, then allow only what USERNAME matches.
    raise NotImplementedError


def create_user(conn: sqlite3.Connection, username: str, password_hash: str, role: str = "user") -> dict:
    """Adds a user under the name validate_username gives back, and returns {"username", "role"}.

    ValueError for a bad username, an unknown role, or a username that is taken.
    """
    # TODO: validate, then INSERT with placeholders; a taken name is sqlite3.IntegrityError.
    raise NotImplementedError


def find_user(conn: sqlite3.Connection, username: str) -> Optional[dict]:
    """{"username", "password_hash", "role"} of that user, or None."""
    # TODO: SELECT with a placeholder for the username.
    raise NotImplementedError
