"""Milestone `rooms`: joins, rooms and leaving (chat/rooms.py, ChatServer)."""
import asyncio
import json

from pymastery import expect, expect_equal, fail, learner_module
from pymastery.track.chat_server import run_scenario, start_server, stop_server

LISTENED = ("system", "message", "error")


_WAITING_HINT = "Check which connections broadcast() sends to: everyone in the room, the sender too."


def _run(scenario):
    return run_scenario(scenario, _WAITING_HINT)



async def _next(client, seconds=3.0):
    """The next event of a kind this milestone is about (history and who answers are skipped)."""
    while True:
        raw = await asyncio.wait_for(client.recv(), seconds)
        try:
            event = json.loads(raw)
        except ValueError:
            fail("The server sent %r, which is not JSON." % (raw,), hint="Send json.dumps(event), a JSON object.")
        if isinstance(event, dict) and event.get("type") in LISTENED:
            return event


async def _nothing(client, seconds=0.4):
    """The next event within `seconds`, or None when nothing arrives."""
    try:
        return await _next(client, seconds)
    except asyncio.TimeoutError:
        return None


async def _join(url, room, user):
    import websockets

    client = await websockets.connect(url)
    await client.send(json.dumps({"type": "join", "room": room, "user": user}))
    return client


def check_join_is_announced():
    """Joining announces "<user> joined" to the room, newcomer included"""
    module = learner_module()
    chat = module.ChatServer()

    async def scenario():
        server, url = await start_server(chat)
        try:
            ada = await _join(url, "general", "ada")
            first = await _next(ada)
            bo = await _join(url, "general", "bo")
            return first, await _next(ada), await _next(bo)
        finally:
            await stop_server(server)

    first, ada_sees, bo_sees = _run(scenario())
    announced = {"type": "system", "room": "general", "text": "bo joined"}
    expect_equal(first, {"type": "system", "room": "general", "text": "ada joined"},
                 hint="After a join, broadcast a system event to the room; add the newcomer first so it sees it too.")
    expect_equal(ada_sees, announced, hint="Members already in the room are told about the newcomer.")
    expect_equal(bo_sees, announced, hint="The newcomer gets its own join notice too.")


def check_messages_stay_in_their_room():
    """A message reaches everyone in its room and nobody in another room"""
    module = learner_module()
    chat = module.ChatServer()

    async def scenario():
        server, url = await start_server(chat)
        try:
            ada = await _join(url, "general", "ada")
            await _next(ada)
            bo = await _join(url, "general", "bo")
            await _next(ada), await _next(bo)
            cy = await _join(url, "python", "cy")
            await _next(cy)
            await bo.send(json.dumps({"type": "say", "text": "hello general"}))
            got = [await _next(ada), await _next(bo)]
            leaked = await _nothing(cy)
            await cy.send(json.dumps({"type": "say", "text": "hello python"}))
            own = await _next(cy)
            leaked_back = await _nothing(ada)
            return got, leaked, own, leaked_back, sorted(chat.rooms), len(chat.rooms.get("general", ()))
        finally:
            await stop_server(server)

    got, leaked, own, leaked_back, rooms, in_general = _run(scenario())
    said = {"type": "message", "room": "general", "user": "bo", "text": "hello general"}
    expect_equal(got, [said, said], hint="A say becomes a message event with the room and the user's name, "
                                          "sent to every member of the sender's room.")
    expect(leaked is None, "cy, in room 'python', received %r" % (leaked,),
           hint="Broadcast to self.rooms[room] only, not to every connection.")
    expect_equal(own, {"type": "message", "room": "python", "user": "cy", "text": "hello python"})
    expect(leaked_back is None, "ada, in room 'general', received %r" % (leaked_back,))
    expect_equal(rooms, ["general", "python"], hint="self.rooms maps each room name to its set of connections.")
    expect_equal(in_general, 2)


def check_leaving_is_announced():
    """A client that disconnects is removed and announced as "<user> left\""""
    module = learner_module()
    chat = module.ChatServer()

    async def scenario():
        server, url = await start_server(chat)
        try:
            ada = await _join(url, "general", "ada")
            await _next(ada)
            bo = await _join(url, "general", "bo")
            await _next(ada), await _next(bo)
            solo = await _join(url, "quiet", "solo")
            await _next(solo)
            await bo.close()
            notice = await _next(ada)
            await solo.close()
            await asyncio.sleep(0.3)
            await ada.send(json.dumps({"type": "say", "text": "anyone?"}))
            echo = await _next(ada)
            return notice, echo, {room: len(members) for room, members in chat.rooms.items()}
        finally:
            await stop_server(server)

    notice, echo, sizes = _run(scenario())
    expect_equal(notice, {"type": "system", "room": "general", "text": "bo left"},
                 hint="In a `finally:` around the receiving loop, remove the connection from its room "
                      "and tell those who stay.")
    expect_equal(echo["text"], "anyone?", hint="Broadcasting after someone left must still work.")
    expect_equal(sizes, {"general": 1}, hint="Remove the leaver from its room's set, and drop a room once it is empty.")


def check_bad_input_gets_an_error():
    """Input that is not a valid event gets an error reply, and the connection stays usable"""
    module = learner_module()
    chat = module.ChatServer()

    async def scenario():
        import websockets

        server, url = await start_server(chat)
        try:
            async with websockets.connect(url) as client:
                await client.send("not json at all")
                bad_json = await _next(client)
                await client.send(json.dumps({"type": "say", "text": "before joining"}))
                too_soon = await _next(client)
                await client.send(json.dumps({"type": "join", "room": "general", "user": "ada"}))
                joined = await _next(client)
                return bad_json, too_soon, joined
        finally:
            await stop_server(server)

    bad_json, too_soon, joined = _run(scenario())
    expect_equal(bad_json.get("type"), "error", hint="Catch the ValueError of json.loads and reply with an error event.")
    expect_equal(too_soon.get("type"), "error", hint="Until a client has joined, anything but a join is an error.")
    expect_equal(joined, {"type": "system", "room": "general", "text": "ada joined"},
                 hint="After errors, a proper join should still work.")
