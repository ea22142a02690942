"""Capstone 8, part 1: a simulated device and the line format it speaks.

A reading is a dict {"device": str, "sensor": str, "value": number, "ts": number}, sent over
TCP as one line of JSON ending in "\\n".
"""
import asyncio
import json
import math

FIELDS = {"device": str, "sensor": str, "value": (int, float), "ts": (int, float)}


def encode(reading):
    """Return the reading as UTF-8 bytes: compact JSON and a final b"\\n"."""
    # TODO
    raise NotImplementedError("encode is not written yet")


def parse_line(line):
    """Turn one line (bytes or str) back into a reading dict with exactly the four fields.

    ValueError when the line is not JSON, not an object, or a field is missing, empty (for
    the strings), of the wrong type (True is not a number here) or not finite (NaN, inf).
    """
    # TODO
    raise NotImplementedError("parse_line is not written yet")


async def send(host, port, readings):
    """Connect to host:port over TCP, send each reading with encode, close; return the count."""
    # TODO
    raise NotImplementedError("send is not written yet")
