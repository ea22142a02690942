"""Milestones 3 and 4: a chat server with rooms, history and presence."""
import json

import websockets
from websockets.exceptions import ConnectionClosed

from chat.history import History


class ChatServer:
    """A WebSocket chat server. Every message is one JSON object (see the lesson)."""

    def __init__(self, history_limit: int = 50) -> None:
        #: room name -> the set of connections in that room
        self.rooms: dict = {}
        #: connection -> the user name it joined with
        self.names: dict = {}
        self.history = History(history_limit)

    async def serve(self, host: str = "127.0.0.1", port: int = 0):
        """Start listening and return the server (port 0: the system picks a free one)."""
        return await websockets.serve(self.handler, host, port)

    async def handler(self, websocket) -> None:
        """Serve one client: a join first, then says and whos, until it disconnects."""
        room = None
        try:
            async for raw in websocket:
                try:
                    data = json.loads(raw)
                except ValueError:
                    await self._send(websocket, {"type": "error", "text": "messages must be JSON"})
                    continue
                if not isinstance(data, dict):
                    await self._send(websocket, {"type": "error", "text": "messages must be JSON objects"})
                    continue
                kind = data.get("type")
                if room is None:
                    if kind != "join" or not data.get("room") or not data.get("user"):
                        await self._send(websocket, {"type": "error", "text": "join a room first"})
                        continue
                    room = str(data["room"])
                    await self._join(websocket, room, str(data["user"]))
                elif kind == "say":
                    entry = {"type": "message", "room": room,
                             "user": self.names[websocket], "text": str(data.get("text", ""))}
                    self.history.add(room, entry)
                    await self.broadcast(room, entry)
                elif kind == "who":
                    users = sorted(self.names[c] for c in self.rooms.get(room, ()))
                    await self._send(websocket, {"type": "who", "room": room, "users": users})
                else:
                    await self._send(websocket, {"type": "error", "text": "unknown type %r" % kind})
        finally:
            if room is not None:
                await self._leave(websocket, room)

    async def _join(self, websocket, room: str, user: str) -> None:
        self.names[websocket] = user
        await self._send(websocket, {"type": "history", "room": room,
                                     "messages": self.history.recent(room)})
        self.rooms.setdefault(room, set()).add(websocket)
        await self.broadcast(room, {"type": "system", "room": room, "text": "%s joined" % user})

    async def _leave(self, websocket, room: str) -> None:
        members = self.rooms.get(room, set())
        members.discard(websocket)
        if not members:
            self.rooms.pop(room, None)
        user = self.names.pop(websocket, "someone")
        await self.broadcast(room, {"type": "system", "room": room, "text": "%s left" % user})

    async def broadcast(self, room: str, event: dict) -> None:
        """Send `event` as JSON to every connection in `room`."""
        text = json.dumps(event)
        for client in [c for members in self.rooms.values() for c in members]:
            try:
                await client.send(text)
            except ConnectionClosed:
                pass

    async def _send(self, websocket, event: dict) -> None:
        try:
            await websocket.send(json.dumps(event))
        except ConnectionClosed:
            pass
