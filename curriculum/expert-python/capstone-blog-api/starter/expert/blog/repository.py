"""The blog's storage: users and posts in a SQLite file."""
import sqlite3

from models import NewPost, NewUser, Post, User
from passwords import hash_password, verify_password


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
        # TODO: create the tables if they do not exist yet

    def close(self):
        self.db.close()

    def add_user(self, new_user: NewUser) -> User:
        """Store a user with a hash of their password; Conflict if the username or the email is taken."""
        raise NotImplementedError

    def authenticate(self, email, password):
        """The User with this email (in any case) and password, or None."""
        raise NotImplementedError

    def get_user(self, user_id):
        """The User with this id, or None."""
        raise NotImplementedError

    def add_post(self, author_id, new_post: NewPost) -> Post:
        """Store a post by an existing user (else NotFound) and return it with its id."""
        raise NotImplementedError

    def get_post(self, post_id):
        """The Post with this id, or None."""
        raise NotImplementedError

    def list_posts(self, tag=None, author_id=None):
        """Posts, newest first; only those with the tag and/or by the author when given."""
        raise NotImplementedError
