from websockets.exceptions import ConnectionClosed


class Lobby:
    def __init__(self) -> None:
        self.clients: set = set()

    async def handler(self, websocket) -> None:
        self.clients.add(websocket)
        async for message in websocket:
            await self.broadcast(message)
        self.clients.discard(websocket)

    async def broadcast(self, message: str) -> None:
        for client in list(self.clients):
            try:
                await client.send(message)
            except ConnectionClosed:
                pass
