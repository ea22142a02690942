"""Users and items kept in one SQLite file, with the sqlite3 module of the standard library."""
import sqlite3


class Store:
    """Everything the API keeps, in the SQLite database file at `path`.

    Opening a Store creates the tables when they are missing, so a new file just works and an
    old one keeps its rows. Items belong to a user (`owner`, a user id): every item method
    takes the owner and never sees or touches another user's items. Items are returned as
    dicts {"id": int, "name": str, "price": float}.
    """

    def __init__(self, path):
        self.path = str(path)
        # Milestone "Database": create the users and items tables if they don't exist.

    def add_user(self, email, password_hash):
        """Stores a new user and returns their id, or None when the e-mail is already taken."""
        raise NotImplementedError

    def user_by_email(self, email):
        """{"id", "email", "password_hash"} for that e-mail, or None."""
        raise NotImplementedError

    def add_item(self, owner, name, price):
        """Stores a new item for `owner` and returns it as a dict."""
        raise NotImplementedError

    def get_item(self, owner, item_id):
        """The owner's item with that id, or None."""
        raise NotImplementedError

    def list_items(self, owner):
        """The owner's items, oldest first."""
        raise NotImplementedError

    def update_item(self, owner, item_id, name, price):
        """Replaces the owner's item and returns it, or None when they have no such item."""
        raise NotImplementedError

    def delete_item(self, owner, item_id):
        """Deletes the owner's item; True if there was one, else False."""
        raise NotImplementedError
