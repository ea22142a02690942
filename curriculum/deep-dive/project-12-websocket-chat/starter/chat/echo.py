"""Milestone 1: the life of one WebSocket connection.

Try it by hand: `python -m chat.run_echo` starts this handler on ws://127.0.0.1:8765.
"""


async def echo(websocket) -> None:
    """Send every text message straight back to the client that sent it.

    Return quietly when the client goes away: a normal close is the end of the
    conversation, not an error.
    """
    # TODO: receive messages until the connection closes, sending each one back.
    raise NotImplementedError("echo() is not written yet")
