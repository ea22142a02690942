"""Users and items kept in one SQLite file, with the sqlite3 module of the standard library."""
import contextlib
import sqlite3

SCHEMA = """
CREATE TABLE IF NOT EXISTS users (
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS items (
    id INTEGER PRIMARY KEY,
    owner INTEGER NOT NULL REFERENCES users(id),
    name TEXT NOT NULL,
    price REAL NOT NULL
);
"""


class Store:
    """Everything the API keeps, in the SQLite database file at `path`."""

    def __init__(self, path):
        self.path = str(path)
        with self._connect() as db:
            db.executescript(SCHEMA)

    @contextlib.contextmanager
    def _connect(self):
        db = sqlite3.connect(self.path)
        db.row_factory = sqlite3.Row
        try:
            with db:  # commits, or rolls back on an exception
                yield db
        finally:
            db.close()

    def add_user(self, email, password_hash):
        try:
            with self._connect() as db:
                cursor = db.execute("INSERT INTO users (email, password_hash) VALUES (?, ?)",
                                    (email, password_hash))
                return cursor.lastrowid
        except sqlite3.IntegrityError:
            return None

    def user_by_email(self, email):
        with self._connect() as db:
            row = db.execute("SELECT id, email, password_hash FROM users WHERE email = ?",
                             (email,)).fetchone()
        return dict(row) if row else None

    def add_item(self, owner, name, price):
        with self._connect() as db:
            cursor = db.execute(f"INSERT INTO items (owner, name, price) VALUES ({owner}, '{name}', {price})")
            return {"id": cursor.lastrowid, "name": name, "price": float(price)}

    def get_item(self, owner, item_id):
        with self._connect() as db:
            row = db.execute("SELECT id, name, price FROM items WHERE owner = ? AND id = ?",
                             (owner, item_id)).fetchone()
        return dict(row) if row else None

    def list_items(self, owner):
        with self._connect() as db:
            rows = db.execute("SELECT id, name, price FROM items WHERE owner = ? ORDER BY id",
                              (owner,)).fetchall()
        return [dict(row) for row in rows]

    def update_item(self, owner, item_id, name, price):
        with self._connect() as db:
            cursor = db.execute("UPDATE items SET name = ?, price = ? WHERE owner = ? AND id = ?",
                                (name, price, owner, item_id))
            if cursor.rowcount == 0:
                return None
        return {"id": item_id, "name": name, "price": float(price)}

    def delete_item(self, owner, item_id):
        with self._connect() as db:
            cursor = db.execute("DELETE FROM items WHERE owner = ? AND id = ?", (owner, item_id))
            return cursor.rowcount > 0
