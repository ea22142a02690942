"""Capstone 8, part 1: a simulated device and the line format it speaks."""
import asyncio
import json
import math

FIELDS = {"device": str, "sensor": str, "value": (int, float), "ts": (int, float)}


def encode(reading):
    return (json.dumps(reading, separators=(",", ":")) + "\n").encode("utf-8")


def parse_line(line):
    if isinstance(line, bytes):
        line = line.decode("utf-8", errors="replace")
    try:
        data = json.loads(line)
    except ValueError:
        raise ValueError(f"not JSON: {line!r}") from None
    if not isinstance(data, dict):
        raise ValueError("a reading is a JSON object")
    reading = {}
    for name, kind in FIELDS.items():
        value = data.get(name)
        if isinstance(value, bool) or not isinstance(value, kind):
            raise ValueError(f"bad or missing {name}: {value!r}")
        if kind is not str and not math.isfinite(value):
            raise ValueError(f"{name} is not a finite number")
        if kind is str and not value:
            raise ValueError(f"{name} is empty")
        reading[name] = value
    return reading


async def send(host, port, readings):
    reader, writer = await asyncio.open_connection(host, port)
    try:
        for reading in readings:
            writer.write(encode(reading))
            await writer.drain()
    finally:
        writer.close()
        await writer.wait_closed()
    return len(readings)
