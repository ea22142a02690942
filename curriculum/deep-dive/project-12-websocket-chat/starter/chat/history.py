"""Milestone 4: the last messages of every room, kept for newcomers."""


class History:
    """Remember at most `limit` entries per room, oldest first."""

    def __init__(self, limit: int = 50) -> None:
        self.limit = limit

    def add(self, room: str, entry: dict) -> None:
        """Keep `entry` as the newest entry of `room`, forgetting the oldest beyond `limit`."""
        # TODO
        raise NotImplementedError("History.add() is not written yet")

    def recent(self, room: str) -> list:
        """The kept entries of `room`, oldest first, as a new list (empty for an unknown room)."""
        # TODO
        raise NotImplementedError("History.recent() is not written yet")
