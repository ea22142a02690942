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
    """The username, trimmed and lower-cased, or ValueError when it breaks the rules."""
    if not isinstance(name, str):
        raise ValueError("a username is text")
    cleaned = name.strip().lower()
    if not USERNAME.fullmatch(cleaned):
        raise ValueError("3 to 32 characters: a letter first, then letters, digits or _")
    return cleaned


def create_user(conn: sqlite3.Connection, username: str, password_hash: str, role: str = "user") -> dict:
    """Adds a user and returns {"username", "role"}; ValueError for a bad name, role or a taken name."""
    username = validate_username(username)
    if role not in ROLES:
        raise ValueError("unknown role %r" % (role,))
    try:
        with conn:
            conn.execute("INSERT INTO users (username, password_hash, role) VALUES (?, ?, ?)",
                         (username, password_hash, role))
    except sqlite3.IntegrityError:
        raise ValueError("the username %r is taken" % username) from None
    return {"username": username, "role": role}


def find_user(conn: sqlite3.Connection, username: str) -> Optional[dict]:
    """{"username", "password_hash", "role"} of that user, or None."""
    row = conn.execute(f"SELECT username, password_hash, role FROM users WHERE username = '{username}'").fetchone()
    if row is None:
        return None
    return {"username": row[0], "password_hash": row[1], "role": row[2]}
