"""A Redis for the day-22 checks: a real redis-server on a free loopback port, with no
persistence, when the program is installed; else fakeredis. Always stopped afterwards."""
import shutil
import socket
import subprocess
import time
from contextlib import contextmanager

from pymastery import fail, temp_folder


def _free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _whole_seconds_class():
    """FakeRedis whose blocking pops take fractions of a second, as a real server does (older
    fakeredis releases accept only whole seconds): the timeout is rounded up."""
    import math

    import fakeredis

    class WholeSeconds(fakeredis.FakeRedis):
        def brpoplpush(self, src, dst, timeout=0):
            return super().brpoplpush(src, dst, math.ceil(timeout))

        def brpop(self, keys, timeout=0):
            return super().brpop(keys, math.ceil(timeout))

        def blpop(self, keys, timeout=0):
            return super().blpop(keys, math.ceil(timeout))

        def blmove(self, first_list, second_list, timeout, src="LEFT", dest="RIGHT"):
            return super().blmove(first_list, second_list, math.ceil(timeout), src, dest)

    return WholeSeconds


def _WholeSeconds(**options):
    return _whole_seconds_class()(**options)


@contextmanager
def redis_server():
    """Yields a function that makes a new client (decode_responses=True) of one empty Redis."""
    import redis

    program = shutil.which("redis-server")
    if program is None:
        try:
            import fakeredis
        except ImportError:
            fail("This check needs a Redis: neither the redis-server program nor the fakeredis package is "
                 "installed.", hint="Install one: python -m pip install fakeredis, or your system's redis-server.")
        server = fakeredis.FakeServer()
        yield lambda: _WholeSeconds(server=server, decode_responses=True)
        return
    folder = temp_folder()
    port = _free_port()
    process = subprocess.Popen(
        [program, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
         "--dir", folder.path(), "--daemonize", "no", "--loglevel", "warning"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
    clients = []

    def make_client():
        client = redis.Redis(host="127.0.0.1", port=port, decode_responses=True, socket_timeout=10)
        clients.append(client)
        return client

    try:
        deadline = time.monotonic() + 10
        while True:
            try:
                make_client().ping()
                break
            except redis.exceptions.ConnectionError:
                if process.poll() is not None or time.monotonic() > deadline:
                    fail("The check could not start redis-server.", hint="Run redis-server yourself to see why.")
                time.sleep(0.05)
        yield make_client
    finally:
        for client in clients:
            try:
                client.close()
            except Exception:
                pass
        process.terminate()
        try:
            process.wait(5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def queue_on(make_client, module, name="tasks"):
    """The learner's TaskQueue on a new client."""
    from pymastery import call

    return call(module.TaskQueue, make_client(), name).value
