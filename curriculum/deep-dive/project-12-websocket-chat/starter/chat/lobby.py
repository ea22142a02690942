"""Milestone 2: one room where every message reaches every connected client."""
from websockets.exceptions import ConnectionClosed  # noqa: F401  (you will need it)


class Lobby:
    """Relay each message a client sends to every connected client, the sender too."""

    def __init__(self) -> None:
        #: The open connections, one per client.
        self.clients: set = set()

    async def handler(self, websocket) -> None:
        """Serve one client from connect to disconnect.

        Register the connection, broadcast every message it sends, and make sure it
        leaves `self.clients` however the connection ends.
        """
        # TODO
        raise NotImplementedError("Lobby.handler() is not written yet")

    async def broadcast(self, message: str) -> None:
        """Send `message` to every client.

        A connection that turns out to be closed must not stop the others from
        getting the message.
        """
        # TODO
        raise NotImplementedError("Lobby.broadcast() is not written yet")
