"""Milestone 1: the life of one WebSocket connection."""


async def echo(websocket) -> None:
    """Send every text message straight back to the client that sent it.

    Return quietly when the client goes away: a normal close is the end of the
    conversation, not an error.
    """
    async for message in websocket:
        await websocket.send(message)
