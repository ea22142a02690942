class History:
    def __init__(self, limit: int = 50) -> None:
        self.limit = limit
        self._rooms: dict = {}

    def add(self, room: str, entry: dict) -> None:
        self._rooms.setdefault(room, []).append(entry)

    def recent(self, room: str) -> list:
        return self._rooms.get(room, [])
