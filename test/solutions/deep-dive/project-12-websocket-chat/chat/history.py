"""Milestone 4: the last messages of every room, kept for newcomers."""
from collections import deque


class History:
    """Remember at most `limit` entries per room, oldest first."""

    def __init__(self, limit: int = 50) -> None:
        self.limit = limit
        self._rooms: dict = {}

    def add(self, room: str, entry: dict) -> None:
        """Keep `entry` as the newest entry of `room`, forgetting the oldest beyond `limit`."""
        self._rooms.setdefault(room, deque(maxlen=self.limit)).append(entry)

    def recent(self, room: str) -> list:
        """The kept entries of `room`, oldest first, as a new list."""
        return list(self._rooms.get(room, ()))
