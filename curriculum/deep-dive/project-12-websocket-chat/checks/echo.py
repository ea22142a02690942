"""Milestone `echo`: one connection from open to close (chat/echo.py, echo)."""
import asyncio

from pymastery import expect, expect_equal, fail, learner_module


def _run(scenario, errors):
    """Run an async scenario with a time limit of its own, so a silent server fails instead of hanging."""
    from websockets.exceptions import ConnectionClosed

    try:
        return asyncio.run(asyncio.wait_for(scenario, 8))
    except ConnectionClosed as exc:
        if errors:
            fail("Your echo() raised %s: %s" % (type(errors[0]).__name__, errors[0]),
                 hint="Loop over the incoming messages (`async for message in websocket:`) and send each one back.")
        fail("The server closed the connection before answering (%s)." % (exc,),
             hint="echo() should keep going until the client leaves: the connection closes when echo() returns.")
    except asyncio.TimeoutError:
        fail("The server sent nothing back for several seconds.",
             hint="Each message the client sends should be answered at once with `await websocket.send(...)`.")


async def _serve(handler, errors):
    """Start `handler` on 127.0.0.1 on a free port; exceptions it lets out are kept in `errors`."""
    import websockets

    async def guarded(websocket, *rest):
        try:
            await handler(websocket)
        except Exception as exc:  # the learner's handler failed: remember it, the check reports it
            errors.append(exc)

    server = await websockets.serve(guarded, "127.0.0.1", 0)
    return server, "ws://127.0.0.1:%d" % server.sockets[0].getsockname()[1]


async def _stop(server):
    server.close()
    await server.wait_closed()


def check_sends_messages_back():
    """Every message comes back to the client that sent it, in order"""
    chat = learner_module()
    errors = []

    async def scenario():
        import websockets

        server, url = await _serve(chat.echo, errors)
        try:
            async with websockets.connect(url) as client:
                replies = []
                for text in ["hello", "second", "ünïcode ✓"]:
                    await client.send(text)
                    replies.append(await asyncio.wait_for(client.recv(), 3))
                return replies
        finally:
            await _stop(server)

    replies = _run(scenario(), errors)
    if errors:
        fail("Your echo() raised %s: %s" % (type(errors[0]).__name__, errors[0]),
             hint="Loop over the incoming messages (`async for message in websocket:`) and send each one back.")
    expect_equal(replies, ["hello", "second", "ünïcode ✓"],
                 hint="Send back exactly the text you received, once per message.")


def check_clients_are_separate():
    """Two clients at once each get only their own messages back"""
    chat = learner_module()
    errors = []

    async def scenario():
        import websockets

        server, url = await _serve(chat.echo, errors)
        try:
            async with websockets.connect(url) as first, websockets.connect(url) as second:
                await first.send("from first")
                await second.send("from second")
                return [await asyncio.wait_for(first.recv(), 3), await asyncio.wait_for(second.recv(), 3)]
        finally:
            await _stop(server)

    expect_equal(_run(scenario(), errors), ["from first", "from second"],
                 hint="Use only the `websocket` your handler was given: the server calls echo() once per client.")


def check_close_is_not_an_error():
    """A client that closes the connection ends echo() quietly"""
    chat = learner_module()
    errors = []

    async def scenario():
        import websockets

        server, url = await _serve(chat.echo, errors)
        try:
            async with websockets.connect(url) as client:
                await client.send("bye")
                await asyncio.wait_for(client.recv(), 3)
            await asyncio.sleep(0.2)  # let the server notice the close
        finally:
            await _stop(server)

    _run(scenario(), errors)
    expect(not errors,
           "When the client closed the connection, echo() raised %s" % (
               "%s: %s" % (type(errors[0]).__name__, errors[0]) if errors else ""),
           hint="`await websocket.recv()` in a `while True` loop raises ConnectionClosed when the client leaves. "
                "`async for message in websocket:` simply ends instead.")
