"""Milestone 2: one room where every message reaches every connected client."""
from websockets.exceptions import ConnectionClosed


class Lobby:
    """Relay each message a client sends to every connected client, the sender too."""

    def __init__(self) -> None:
        #: The open connections, one per client.
        self.clients: set = set()

    async def handler(self, websocket) -> None:
        """Serve one client from connect to disconnect."""
        self.clients.add(websocket)
        try:
            async for message in websocket:
                await self.broadcast(message)
        finally:
            self.clients.discard(websocket)

    async def broadcast(self, message: str) -> None:
        """Send `message` to every client; a dead connection is dropped, the rest still get it."""
        for client in list(self.clients):
            try:
                await client.send(message)
            except ConnectionClosed:
                self.clients.discard(client)
