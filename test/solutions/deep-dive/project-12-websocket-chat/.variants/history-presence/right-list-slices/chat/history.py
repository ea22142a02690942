class History:
    def __init__(self, limit: int = 50) -> None:
        self.limit = limit
        self.by_room = {}

    def add(self, room: str, entry: dict) -> None:
        entries = self.by_room.get(room, []) + [entry]
        self.by_room[room] = entries[-self.limit:]

    def recent(self, room: str) -> list:
        return self.by_room.get(room, [])[:]
