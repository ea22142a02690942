"""Capstone 8, part 2: an asyncio TCP collector that stores readings in SQLite."""
import asyncio
import logging
import sqlite3

from device import parse_line

log = logging.getLogger("iot")


class Collector:
    def __init__(self, db_path):
        self.db = sqlite3.connect(str(db_path))
        self.db.execute("CREATE TABLE IF NOT EXISTS readings"
                        " (device TEXT, sensor TEXT, value REAL, ts REAL)")
        self.db.commit()
        self.stored = 0
        self.rejected = 0
        self.server = None

    async def handle(self, reader, writer):
        peer = writer.get_extra_info("peername")
        try:
            async for line in reader:
                if not line.strip():
                    continue
                try:
                    r = parse_line(line)
                except ValueError as exc:
                    self.rejected += 1
                    log.warning("rejected a line from %s: %s", peer, exc)
                    break
                self.db.execute("INSERT INTO readings VALUES (?, ?, ?, ?)",
                                (r["device"], r["sensor"], r["value"], r["ts"]))
                self.db.commit()
                self.stored += 1
        finally:
            writer.close()

    async def start(self, host="127.0.0.1", port=0):
        self.server = await asyncio.start_server(self.handle, host, port)
        return self.server.sockets[0].getsockname()[1]

    async def stop(self):
        if self.server is not None:
            self.server.close()
            await self.server.wait_closed()
            self.server = None
        self.db.close()
