from websockets.exceptions import ConnectionClosedOK


async def echo(websocket) -> None:
    while True:
        try:
            message = await websocket.recv()
        except ConnectionClosedOK:
            return
        await websocket.send(message)
