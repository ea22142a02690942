import websockets


class Lobby:
    def __init__(self) -> None:
        self.clients: set = set()

    async def handler(self, websocket) -> None:
        self.clients.add(websocket)
        try:
            async for message in websocket:
                await self.broadcast(message)
        finally:
            self.clients.remove(websocket)

    async def broadcast(self, message: str) -> None:
        websockets.broadcast(self.clients, message)
