async def echo(websocket) -> None:
    while True:
        message = await websocket.recv()
        await websocket.send(message)
