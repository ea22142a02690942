"""Checks for the `iot-device` milestone (capstone8/device.py)."""
import asyncio
import json

from pymastery import call, expect, expect_equal, expect_raises, learner_module

READING = {"device": "greenhouse-1", "sensor": "temp", "value": 21.5, "ts": 1700000000.25}


def check_encode_and_parse():
    """encode makes one JSON line; parse_line reads it back, from bytes or str"""
    device = learner_module()
    line = call(device.encode, READING).value
    expect(isinstance(line, bytes) and line.endswith(b"\n") and line.count(b"\n") == 1,
           f"encode returned {line!r}; expected bytes holding one line that ends in \\n")
    expect_equal(json.loads(line), READING)
    expect_equal(call(device.parse_line, line).value, READING)
    expect_equal(call(device.parse_line, line.decode()).value, READING,
                 hint="Accept str too: decode bytes first, then json.loads.")
    extra = dict(READING, battery=80, value=3)
    expect_equal(call(device.parse_line, json.dumps(extra)).value,
                 dict(READING, value=3), hint="Keep only the four fields; an int value is fine.")


def check_rejects_bad_lines():
    """parse_line refuses broken JSON, missing fields and values of the wrong type"""
    device = learner_module()
    bad = {
        "not JSON": b"temp=21\n",
        "a list": b"[1, 2]\n",
        "no value": json.dumps({k: v for k, v in READING.items() if k != "value"}),
        "a text value": json.dumps(dict(READING, value="21.5")),
        "a bool value": json.dumps(dict(READING, value=True)),
        "an empty device": json.dumps(dict(READING, device="")),
        "NaN": '{"device": "d", "sensor": "s", "value": NaN, "ts": 1}',
    }
    for why, line in bad.items():
        expect_raises(ValueError, device.parse_line, line,
                      hint=f"A line with {why} must raise ValueError. json.loads raises "
                           "ValueError (JSONDecodeError) for broken JSON; check each field's "
                           "type yourself, and remember bool is a subclass of int.")


def check_sends_over_tcp():
    """send connects, writes one line per reading and closes"""
    device = learner_module()
    readings = [dict(READING, value=float(n), ts=float(n)) for n in range(5)]
    received = []

    async def scenario():
        async def handle(reader, writer):
            async for line in reader:
                received.append(line)
            writer.close()

        server = await asyncio.start_server(handle, "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        try:
            count = await asyncio.wait_for(device.send("127.0.0.1", port, readings), 5)
            for _ in range(100):
                if len(received) >= len(readings):
                    break
                await asyncio.sleep(0.02)
            return count
        finally:
            server.close()
            await server.wait_closed()

    count = call(asyncio.run, scenario()).value
    expect_equal(count, 5)
    expect_equal([json.loads(line) for line in received], readings,
                 hint="asyncio.open_connection gives a reader and a writer: writer.write(encode("
                      "r)) for each reading, await writer.drain(), then writer.close().")
