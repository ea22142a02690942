"""Milestone `broadcast`: one room for everybody (chat/lobby.py, Lobby)."""
import asyncio
import types

from pymastery import expect, expect_equal, fail, learner_module


def _run(scenario):
    from websockets.exceptions import ConnectionClosed

    try:
        return asyncio.run(asyncio.wait_for(scenario, 10))
    except ConnectionClosed as exc:
        _report_errors("Lobby.handler should keep serving its client until the client leaves.")
        fail("The server closed a client's connection unexpectedly (%s)." % (exc,),
             hint="A connection is closed by the server when its handler returns or raises.")
    except asyncio.TimeoutError:
        fail("A client waited several seconds for a message that never came.",
             hint="Every message should be sent to every client in `self.clients`, the sender too.")


#: Exceptions the learner's handler let out during the current check.
_ERRORS = []


async def _serve(lobby):
    import websockets

    del _ERRORS[:]

    from websockets.exceptions import ConnectionClosed

    async def guarded(websocket, *rest):
        try:
            await lobby.handler(websocket)
        except ConnectionClosed:
            pass  # a connection that ended: whether that broke something shows in what the clients got
        except Exception as exc:  # reported by _report_errors with the learner's own exception
            _ERRORS.append(exc)

    server = await websockets.serve(guarded, "127.0.0.1", 0)
    return server, "ws://127.0.0.1:%d" % server.sockets[0].getsockname()[1]


def _report_errors(hint):
    """Fail with the first exception the handler raised, if any."""
    if _ERRORS:
        exc = _ERRORS[0]
        fail("Lobby.handler raised %s: %s" % (type(exc).__name__, exc), hint=hint)


async def _stop(server):
    server.close()
    await server.wait_closed()


async def _until(condition, seconds=3.0):
    """Wait until condition() is true, for at most `seconds`; return whether it became true."""
    for _ in range(int(seconds / 0.02)):
        if condition() or _ERRORS:
            return True
        await asyncio.sleep(0.02)
    return condition()


async def _recv(client):
    return await asyncio.wait_for(client.recv(), 3)


class _DeadConnection:
    """A connection whose client vanished: sending to it raises ConnectionClosed."""

    def __init__(self):
        # Whatever websockets.broadcast() reads to skip a connection that is not open, in old and new versions.
        self.state = None
        self.protocol = types.SimpleNamespace(state=None)
        self.open = False
        self.closed = True
        self.sends = 0

    async def send(self, message):
        from websockets.exceptions import ConnectionClosedError

        self.sends += 1
        try:
            raise ConnectionClosedError(None, None)
        except TypeError:  # websockets before 10 took (code, reason)
            raise ConnectionClosedError(1006, "")


def check_registers_clients():
    """Every connected client is in lobby.clients"""
    chat = learner_module()
    lobby = chat.Lobby()

    async def scenario():
        import websockets

        server, url = await _serve(lobby)
        try:
            async with websockets.connect(url), websockets.connect(url), websockets.connect(url):
                return await _until(lambda: len(lobby.clients) == 3)
        finally:
            await _stop(server)

    registered = _run(scenario())
    _report_errors("handler() should add its connection to self.clients, then relay messages until the client leaves.")
    expect(registered, "Three clients connected, but lobby.clients holds %d" % len(lobby.clients),
           hint="Add the `websocket` to `self.clients` as soon as handler() starts.")


def check_everyone_gets_a_message():
    """A message from one client reaches all of them, the sender too"""
    chat = learner_module()
    lobby = chat.Lobby()

    async def scenario():
        import websockets

        server, url = await _serve(lobby)
        try:
            async with websockets.connect(url) as ada, websockets.connect(url) as bo, \
                    websockets.connect(url) as cy:
                await _until(lambda: len(lobby.clients) == 3)
                await ada.send("hi all")
                first = [await _recv(c) for c in (ada, bo, cy)]
                await cy.send("hi ada")
                second = [await _recv(c) for c in (ada, bo, cy)]
                return first, second
        finally:
            await _stop(server)

    first, second = _run(scenario())
    _report_errors("handler() relays each incoming message with broadcast(); broadcast() sends to every client.")
    expect_equal(first, ["hi all"] * 3, hint="broadcast() sends the message to every connection in self.clients.")
    expect_equal(second, ["hi ada"] * 3, hint="Keep relaying: handler() loops over every message of its client.")


def check_leavers_are_removed():
    """A client that disconnects leaves lobby.clients"""
    chat = learner_module()
    lobby = chat.Lobby()

    async def scenario():
        import websockets

        server, url = await _serve(lobby)
        try:
            async with websockets.connect(url) as stays:
                async with websockets.connect(url):
                    await _until(lambda: len(lobby.clients) == 2)
                polite = await _until(lambda: len(lobby.clients) == 1)
                rude = await websockets.connect(url)
                await _until(lambda: len(lobby.clients) == 2)
                rude.transport.abort()  # gone without a closing handshake
                abrupt = await _until(lambda: len(lobby.clients) == 1)
                await stays.send("still here")
                return polite, abrupt, await _recv(stays)
        finally:
            await _stop(server)

    polite, abrupt, reply = _run(scenario())
    _report_errors("A client leaving is normal: `async for` ends on a clean close; after a dropped network it raises "
                   "ConnectionClosedError, which a `finally:` lets through while still removing the connection.")
    expect(polite, "A client closed its connection, but it is still in lobby.clients",
           hint="Remove the connection in a `finally:` block around the receiving loop, so it goes whatever ends the loop.")
    expect(abrupt, "A client vanished without closing, but it is still in lobby.clients",
           hint="When the network drops, the receiving loop ends with ConnectionClosedError: "
                "`finally:` must remove the connection in that case too.")
    expect_equal(reply, "still here", hint="The remaining client should still get its own messages.")


def check_dead_connection_does_not_stop_broadcast():
    """A dead connection in the set doesn't stop the others getting messages"""
    chat = learner_module()
    lobby = chat.Lobby()

    async def scenario():
        import websockets
        from websockets.exceptions import ConnectionClosed

        server, url = await _serve(lobby)
        dead = _DeadConnection()
        try:
            async with websockets.connect(url) as ada, websockets.connect(url) as bo:
                await _until(lambda: len(lobby.clients) == 2)
                lobby.clients.add(dead)
                got = []
                try:
                    for text in ("one", "two", "three"):
                        await ada.send(text)
                        got.append((await _recv(ada), await _recv(bo)))
                except ConnectionClosed:
                    return got, True
                return got, False
        finally:
            await _stop(server)

    got, closed = _run(scenario())
    expect(not closed, "After a message was broadcast to a dead connection, the sender was disconnected "
                       "(its messages so far: %r)" % (got,),
           hint="Sending to a closed connection raises ConnectionClosed. Catch it around each send, "
                "so one dead client can't end the sender's handler.")
    expect_equal(got, [("one", "one"), ("two", "two"), ("three", "three")],
                 hint="Every live client should get every message, whatever order the set is in.")
