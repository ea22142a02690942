"""Checks for the `iot-collector` milestone (capstone8/collector.py)."""
import asyncio
import json
import sqlite3

from pymastery import call, expect, expect_equal, learner_module, temp_folder


def _line(device, n):
    return (json.dumps({"device": device, "sensor": "temp", "value": n / 2, "ts": n}) + "\n").encode()


async def _device(port, lines, pause=0.0):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    for line in lines:
        writer.write(line)
        await writer.drain()
        if pause:
            await asyncio.sleep(pause)
    writer.close()


async def _until(condition, seconds=5.0):
    for _ in range(int(seconds / 0.02)):
        if condition():
            return
        await asyncio.sleep(0.02)


def _rows(path):
    db = sqlite3.connect(path)
    try:
        return sorted(db.execute("SELECT device, sensor, value, ts FROM readings"))
    finally:
        db.close()


def _run(module, path, scenario):
    async def main():
        collector = module.Collector(path)
        port = await collector.start()
        try:
            return collector, await asyncio.wait_for(scenario(collector, port), 10)
        finally:
            try:
                await collector.stop()
            except Exception:
                pass

    return call(asyncio.run, main()).value


def check_stores_readings_from_many_devices():
    """five devices at once: every reading ends up in the table"""
    module = learner_module()
    with temp_folder() as folder:
        path = folder.path("iot.db")

        async def scenario(collector, port):
            await asyncio.gather(*(_device(port, [_line(f"dev{d}", n) for n in range(20)], 0.001)
                                   for d in range(5)))
            await _until(lambda: collector.stored >= 100)

        collector, _ = _run(module, path, scenario)
        rows = _rows(path)
        expect_equal(len(rows), 100, hint="asyncio.start_server(self.handle, host, port) calls "
                                          "handle once per connection, all running side by side.")
        expect_equal(rows[:2], [("dev0", "temp", 0.0, 0.0), ("dev0", "temp", 0.5, 1.0)])
        expect_equal(collector.stored, 100)


def check_bad_lines_are_skipped():
    """a bad line is counted and skipped; the same device's next lines still count"""
    module = learner_module()
    with temp_folder() as folder:
        path = folder.path("iot.db")

        async def scenario(collector, port):
            await _device(port, [_line("a", 1), b"garbage\n", b'{"device": "a"}\n', _line("a", 2)])
            await _until(lambda: collector.stored + collector.rejected >= 4)

        collector, _ = _run(module, path, scenario)
        expect_equal((collector.stored, collector.rejected), (2, 2),
                     hint="Wrap parse_line in try/except ValueError inside the loop over lines, "
                          "so one bad line does not end the connection.")
        expect_equal(len(_rows(path)), 2)


def check_a_silent_device_blocks_nobody():
    """a device that connects and says nothing does not hold up the others"""
    module = learner_module()
    with temp_folder() as folder:
        path = folder.path("iot.db")

        async def scenario(collector, port):
            _, quiet = await asyncio.open_connection("127.0.0.1", port)
            try:
                await _device(port, [_line("busy", n) for n in range(3)])
                await _until(lambda: collector.stored >= 3, 3)
                return collector.stored
            finally:
                quiet.close()

        _, stored = _run(module, path, scenario)
        expect_equal(stored, 3,
                     hint="Read with `async for line in reader` (or await reader.readline()); "
                          "a blocking call would stop every other connection.")


def check_stop_closes_the_port():
    """after stop, nothing listens on the port any more"""
    module = learner_module()
    with temp_folder() as folder:
        async def main():
            collector = module.Collector(folder.path("iot.db"))
            port = await collector.start()
            expect(isinstance(port, int) and port > 0, f"start() returned {port!r}; expected "
                                                       "the port number")
            await collector.stop()
            try:
                _, writer = await asyncio.open_connection("127.0.0.1", port)
            except OSError:
                return True
            writer.close()
            return False

        expect(call(asyncio.run, main()).value, "a connection to the port still worked after "
                                                "stop()", hint="server.close(), then await "
                                                               "server.wait_closed().")
