"""Capstone 8, part 2: an asyncio TCP collector that stores readings in SQLite."""
import asyncio
import logging
import sqlite3

from device import parse_line

log = logging.getLogger("iot")


class Collector:
    """Accepts many devices at once; stores each good line in the table
    readings(device TEXT, sensor TEXT, value REAL, ts REAL) of the SQLite file ``db_path``.

    ``stored`` and ``rejected`` count good and bad lines. A bad line is logged as a WARNING and
    skipped; the connection stays open for the lines after it.
    """

    def __init__(self, db_path):
        # TODO: open the database and create the table
        self.stored = 0
        self.rejected = 0
        self.server = None

    async def handle(self, reader, writer):
        """Read one device's lines until it disconnects."""
        # TODO
        raise NotImplementedError("handle is not written yet")

    async def start(self, host="127.0.0.1", port=0):
        """Start listening (port 0: any free port); return the port number."""
        # TODO
        raise NotImplementedError("start is not written yet")

    async def stop(self):
        """Stop listening, wait until the server is closed, and close the database."""
        # TODO
        raise NotImplementedError("stop is not written yet")
