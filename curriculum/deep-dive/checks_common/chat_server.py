"""Running the learner's chat server for a check: on 127.0.0.1 on a free port, its handler
wrapped so that an exception it lets out is reported in the learner's words, and always stopped."""
import asyncio

from pymastery import fail

#: Exceptions the learner's handler let out during the current check.
_ERRORS = []


def _report_errors():
    if _ERRORS:
        exc = _ERRORS[0]
        fail("ChatServer.handler raised %s: %s" % (type(exc).__name__, exc),
             hint="Catch what a client can get wrong (bad JSON, unknown types) and answer with an error event; "
                  "let nothing else escape the handler.")


def run_scenario(scenario, waiting_hint):
    """Runs the coroutine `scenario` (12 s at most); `waiting_hint` is the hint for a client that
    waited in vain for an event."""
    from websockets.exceptions import ConnectionClosed

    try:
        result = asyncio.run(asyncio.wait_for(scenario, 12))
    except ConnectionClosed as exc:
        _report_errors()
        fail("The server closed a client's connection unexpectedly (%s)." % (exc,),
             hint="The handler should serve its client until the client leaves.")
    except asyncio.TimeoutError:
        _report_errors()
        fail("A client waited several seconds for an event that never came.", hint=waiting_hint)
    _report_errors()
    return result


async def start_server(chat):
    """Starts the learner's server; returns it and its ws:// address."""
    from websockets.exceptions import ConnectionClosed

    del _ERRORS[:]
    handler = chat.handler

    async def guarded(websocket, *rest):
        try:
            await handler(websocket)
        except ConnectionClosed:
            pass
        except Exception as exc:  # reported by run_scenario with the learner's own exception
            _ERRORS.append(exc)

    chat.handler = guarded
    server = await chat.serve("127.0.0.1", 0)
    return server, "ws://127.0.0.1:%d" % server.sockets[0].getsockname()[1]


async def stop_server(server):
    server.close()
    await server.wait_closed()
