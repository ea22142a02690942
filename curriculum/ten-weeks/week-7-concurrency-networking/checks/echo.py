"""Checks for the `echo-server` milestone (week7/echo.py)."""
import socket
import socketserver
import threading
from contextlib import contextmanager

from pymastery import call, expect, expect_equal, learner_module


def _free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def _learner_server(module):
    port = _free_port()
    server = call(module.start_server, port).value
    try:
        yield port
    finally:
        for name in ("shutdown", "server_close"):
            stop = getattr(server, name, None)
            if callable(stop):
                stop()


def _talk(port, data):
    with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
        sock.sendall(data)
        sock.shutdown(socket.SHUT_WR)
        chunks = []
        while True:
            chunk = sock.recv(4096)
            if not chunk:
                return b"".join(chunks)
            chunks.append(chunk)


def check_server_echoes():
    """the server sends back exactly what a client sent, large messages included"""
    module = learner_module()
    with _learner_server(module) as port:
        expect_equal(_talk(port, b"hello\n"), b"hello\n")
        big = bytes(range(256)) * 400
        got = _talk(port, big)
        expect(got == big, f"a message of {len(big)} bytes came back as {len(got)} bytes",
               hint="recv returns what has arrived so far: loop, sending each piece back, until "
                    "recv returns b\"\" (the client closed its side).")


def check_serves_clients_together():
    """a second client is answered while the first is still connected"""
    module = learner_module()
    with _learner_server(module) as port:
        first = socket.create_connection(("127.0.0.1", port), timeout=5)
        try:
            first.sendall(b"one")
            expect_equal(first.recv(16), b"one")
            try:
                second = _talk(port, b"two")
            except socket.timeout:
                second = b"(no answer within 5 seconds)"
            expect_equal(second, b"two", hint="Serve each client in its own thread: "
                                              "socketserver.ThreadingTCPServer does that.")
        finally:
            first.close()


class _Echo(socketserver.BaseRequestHandler):
    def handle(self):
        while True:
            data = self.request.recv(4096)
            if not data:
                return
            self.request.sendall(data.upper())


def check_client_talks_to_a_server():
    """echo_client sends its message and returns the whole answer"""
    module = learner_module()
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), _Echo)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        port = server.server_address[1]
        expect_equal(call(module.echo_client, port, "ping").value, "PING",
                     hint="The check's server answers in capitals; return what it sends back.")
        long = "échos " * 3000
        expect_equal(call(module.echo_client, port, long).value,
                     long.encode("utf-8").upper().decode("utf-8"),
                     hint="Close the sending side (sock.shutdown(socket.SHUT_WR)), then recv in "
                          "a loop until it returns b\"\".")
    finally:
        server.shutdown()
        server.server_close()
