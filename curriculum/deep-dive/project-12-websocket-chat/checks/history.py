"""Milestone `history-presence`: recent messages and who is online (chat/history.py, chat/rooms.py)."""
import asyncio
import json

from pymastery import call, expect, expect_equal, fail, learner_module
from pymastery.track.chat_server import run_scenario, start_server, stop_server


_WAITING_HINT = "A newcomer gets its history event before anything else; a who gets a who reply."


def _run(scenario):
    return run_scenario(scenario, _WAITING_HINT)



async def _next(client, types):
    while True:
        event = json.loads(await asyncio.wait_for(client.recv(), 3))
        if event.get("type") in types:
            return event


async def _join(url, room, user):
    import websockets

    client = await websockets.connect(url)
    await client.send(json.dumps({"type": "join", "room": room, "user": user}))
    return client


def check_history_keeps_the_latest():
    """History keeps the last `limit` entries of each room, oldest first"""
    module = learner_module()
    history = module.History(limit=3)
    for n in range(5):
        call(history.add, "general", {"n": n})
    call(history.add, "python", {"n": 99})
    expect_equal(call(history.recent, "general").value, [{"n": 2}, {"n": 3}, {"n": 4}],
                 hint="Keep at most `limit` entries per room: collections.deque(maxlen=limit) drops the oldest for you.")
    expect_equal(call(history.recent, "python").value, [{"n": 99}], hint="Each room has its own history.")
    expect_equal(call(history.recent, "nowhere").value, [], hint="A room nobody spoke in has an empty history.")
    got = call(history.recent, "python").value
    got.clear()
    expect_equal(call(history.recent, "python").value, [{"n": 99}],
                 hint="Return a new list, so a caller can't empty your history by changing it.")


def check_newcomer_gets_history():
    """A newcomer first receives the room's recent messages"""
    rooms = learner_module("chat/rooms.py")
    chat = rooms.ChatServer(history_limit=2)

    async def scenario():
        server, url = await start_server(chat)
        try:
            ada = await _join(url, "general", "ada")
            for text in ("one", "two", "three"):
                await ada.send(json.dumps({"type": "say", "text": text}))
                await _next(ada, ("message",))
            other = await _join(url, "python", "cy")
            await other.send(json.dumps({"type": "say", "text": "elsewhere"}))
            await _next(other, ("message",))
            bo = await _join(url, "general", "bo")
            return json.loads(await asyncio.wait_for(bo.recv(), 3)), await _next(bo, ("system",))
        finally:
            await stop_server(server)

    first, notice = _run(scenario())
    expect_equal(first.get("type"), "history",
                 hint="Before anything else, send the newcomer {\"type\": \"history\", \"room\": ..., \"messages\": [...]}.")
    expect_equal(first.get("room"), "general")
    said = [{"type": "message", "room": "general", "user": "ada", "text": t} for t in ("two", "three")]
    expect_equal(first.get("messages"), said,
                 hint="Keep every message event in self.history.add(room, event) and send history.recent(room). "
                      "With history_limit=2 only the last two are left.")
    expect_equal(notice, {"type": "system", "room": "general", "text": "bo joined"})


def check_who_lists_the_room():
    """A who request is answered, to the asker only, with the room's users"""
    rooms = learner_module("chat/rooms.py")
    chat = rooms.ChatServer()

    async def scenario():
        server, url = await start_server(chat)
        try:
            clients = {}
            for user in ("cy", "ada", "bo"):
                clients[user] = await _join(url, "general", user)
                await _next(clients[user], ("system",))
            elsewhere = await _join(url, "python", "dee")
            await _next(elsewhere, ("system",))
            await clients["ada"].send(json.dumps({"type": "who"}))
            everyone = await _next(clients["ada"], ("who",))
            await clients["bo"].close()
            await _next(clients["ada"], ("system",))
            await clients["cy"].send(json.dumps({"type": "who"}))
            after = await _next(clients["cy"], ("who",))
            await clients["ada"].send(json.dumps({"type": "say", "text": "ping"}))
            next_for_cy = await _next(clients["cy"], ("who", "message"))
            return everyone, after, next_for_cy
        finally:
            await stop_server(server)

    everyone, after, next_for_cy = _run(scenario())
    expect_equal(everyone, {"type": "who", "room": "general", "users": ["ada", "bo", "cy"]},
                 hint="Answer with the names of the connections in the asker's room, sorted.")
    expect_equal(after.get("users"), ["ada", "cy"], hint="Someone who left is no longer online.")
    expect(next_for_cy.get("type") == "message",
           "cy received %r: a who answer went to somebody who did not ask" % (next_for_cy,),
           hint="Send the who reply with websocket.send to the asker, not with broadcast().")
