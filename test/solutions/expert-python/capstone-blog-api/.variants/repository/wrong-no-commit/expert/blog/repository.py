"""The blog's storage: users and posts in a SQLite file."""
import sqlite3

from models import NewPost, NewUser, Post, User
from passwords import hash_password, verify_password

SCHEMA = """
CREATE TABLE IF NOT EXISTS users (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    username TEXT NOT NULL UNIQUE,
    email TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS posts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    author_id INTEGER NOT NULL REFERENCES users(id),
    title TEXT NOT NULL,
    body TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS post_tags (
    post_id INTEGER NOT NULL REFERENCES posts(id),
    position INTEGER NOT NULL,
    tag TEXT NOT NULL,
    PRIMARY KEY (post_id, position)
);
"""


class Conflict(Exception):
    """The username or email is already taken."""


class NotFound(Exception):
    """The user or post the operation needs does not exist."""


class BlogRepository:
    """Users and posts kept in the SQLite database at `db_path`, created on first use.

    Use ? placeholders for every value in SQL, never string formatting.
    """

    def __init__(self, db_path):
        self.db = sqlite3.connect(db_path, check_same_thread=False)
        with self.db:
            self.db.executescript(SCHEMA)

    def close(self):
        self.db.close()

    def add_user(self, new_user: NewUser) -> User:
        """Store a user with a hash of their password; Conflict if the username or the email is taken."""
        password_hash = hash_password(new_user.password)
        try:
            cursor = self.db.execute("INSERT INTO users (username, email, password_hash) VALUES (?, ?, ?)",
                                     (new_user.username, new_user.email, password_hash))
        except sqlite3.IntegrityError:
            raise Conflict("username or email already taken") from None
        return User(cursor.lastrowid, new_user.username, new_user.email, password_hash)

    def authenticate(self, email, password):
        """The User with this email (in any case) and password, or None."""
        row = self.db.execute("SELECT id, username, email, password_hash FROM users WHERE email = ?",
                              (email.strip().lower(),)).fetchone()
        if row is None or not verify_password(password, row[3]):
            return None
        return User(*row)

    def get_user(self, user_id):
        """The User with this id, or None."""
        row = self.db.execute("SELECT id, username, email, password_hash FROM users WHERE id = ?", (user_id,)).fetchone()
        return User(*row) if row else None

    def add_post(self, author_id, new_post: NewPost) -> Post:
        """Store a post by an existing user (else NotFound) and return it with its id."""
        if self.get_user(author_id) is None:
            raise NotFound("no user %r" % (author_id,))
        with self.db:
            cursor = self.db.execute("INSERT INTO posts (author_id, title, body) VALUES (?, ?, ?)",
                                     (author_id, new_post.title, new_post.body))
            self.db.executemany("INSERT INTO post_tags (post_id, position, tag) VALUES (?, ?, ?)",
                                [(cursor.lastrowid, n, tag) for n, tag in enumerate(new_post.tags)])
        return Post(cursor.lastrowid, author_id, new_post.title, new_post.body, list(new_post.tags))

    def _tags(self, post_id):
        return [tag for (tag,) in self.db.execute(
            "SELECT tag FROM post_tags WHERE post_id = ? ORDER BY position", (post_id,))]

    def get_post(self, post_id):
        """The Post with this id, or None."""
        row = self.db.execute("SELECT id, author_id, title, body FROM posts WHERE id = ?", (post_id,)).fetchone()
        return Post(*row, self._tags(row[0])) if row else None

    def list_posts(self, tag=None, author_id=None):
        """Posts, newest first; only those with the tag and/or by the author when given."""
        sql = "SELECT id, author_id, title, body FROM posts WHERE 1 = 1"
        params = []
        if tag is not None:
            sql += " AND id IN (SELECT post_id FROM post_tags WHERE tag = ?)"
            params.append(tag.strip().lower())
        if author_id is not None:
            sql += " AND author_id = ?"
            params.append(author_id)
        rows = self.db.execute(sql + " ORDER BY id DESC", params).fetchall()
        return [Post(*row, self._tags(row[0])) for row in rows]
