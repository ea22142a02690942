"""Milestones 3 and 4: a chat server with rooms, history and presence.

Every WebSocket message, in both directions, is one JSON object with a "type":

    client -> server   {"type": "join", "room": "general", "user": "ada"}   (first message)
                       {"type": "say", "text": "hello"}
                       {"type": "who"}                                     (milestone 4)
    server -> client   {"type": "system", "room": "general", "text": "ada joined"}
                       {"type": "system", "room": "general", "text": "ada left"}
                       {"type": "message", "room": "general", "user": "ada", "text": "hello"}
                       {"type": "error", "text": "..."}
                       {"type": "history", "room": "general", "messages": [...]}   (milestone 4)
                       {"type": "who", "room": "general", "users": ["ada", "bo"]}  (milestone 4)
"""
import json  # noqa: F401

import websockets
from websockets.exceptions import ConnectionClosed  # noqa: F401

from chat.history import History


class ChatServer:
    """A WebSocket chat server with rooms."""

    def __init__(self, history_limit: int = 50) -> None:
        #: room name -> the set of connections in that room (no empty rooms kept)
        self.rooms: dict = {}
        #: connection -> the user name it joined with
        self.names: dict = {}
        #: milestone 4: the recent "message" events of every room
        self.history = History(history_limit)

    async def serve(self, host: str = "127.0.0.1", port: int = 0):
        """Start listening and return the server (port 0: the system picks a free one)."""
        return await websockets.serve(self.handler, host, port)

    async def handler(self, websocket) -> None:
        """Serve one client: a join first, then its messages, until it disconnects.

        Milestone 3: join (announce "<user> joined" to the room, newcomer included),
        say (a "message" event to everyone in the room, sender included), an "error"
        reply for anything else, and "<user> left" to the others when it disconnects.
        Milestone 4: send the room's history to a newcomer first, keep every message
        in self.history, and answer "who".
        """
        # TODO
        raise NotImplementedError("ChatServer.handler() is not written yet")

    async def broadcast(self, room: str, event: dict) -> None:
        """Send `event` as JSON to every connection in `room`."""
        # TODO
        raise NotImplementedError("ChatServer.broadcast() is not written yet")
