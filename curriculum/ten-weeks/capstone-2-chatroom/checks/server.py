"""Checks for the `chat-server` milestone (capstone2/server.py, with protocol.py).

Every check starts the learner's ChatServer on 127.0.0.1 with a free port and always stops it."""
import socket
import struct
from contextlib import contextmanager

from pymastery import call, capture, expect, expect_equal, fail, learner_module

WAIT = 3.0


class Client:
    """A test client speaking the line protocol."""

    def __init__(self, address, name):
        self.name = name
        try:
            self.sock = socket.create_connection(address, timeout=WAIT)
        except OSError as exc:
            fail("could not connect to the server at %s:%d: %s" % (address[0], address[1], exc),
                 hint="start() should bind, listen() and return the address it bound.")
        self.buffer = b""
        self.send(name)

    def send(self, text):
        self.sock.sendall((text + "\n").encode("utf-8"))

    def next_line(self, waiting_for):
        while b"\n" not in self.buffer:
            try:
                data = self.sock.recv(4096)
            except socket.timeout:
                data = None
            except OSError:
                data = b""
            if not data:
                fail("%s waited for %r but %s" % (self.name, waiting_for,
                     "the connection closed" if data == b"" else "nothing came within %g s" % WAIT),
                     hint="Check that the line reaches every other client, ending in \"\\n\".")
            self.buffer += data
        line, self.buffer = self.buffer.split(b"\n", 1)
        return line.decode("utf-8").rstrip("\r")

    def expect_line(self, wanted, hint=None):
        got = self.next_line(wanted)
        expect_equal(got, wanted, message="%s received %r, expected %r" % (self.name, got, wanted),
                     hint=hint)

    def close(self, abort=False):
        if abort:   # a reset, as when a program crashes
            self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.sock.close()


@contextmanager
def running_server():
    module = learner_module()
    server = call(module.ChatServer, "127.0.0.1", 0).value
    clients = []
    try:
        address = call(server.start).value
        expect(isinstance(address, tuple) and len(address) >= 2 and address[1] != 0,
               "start() returned %r; expected the (host, port) it is listening on" % (address,),
               hint="Return self.listener.getsockname()[:2] after bind() and listen().")

        def join(name):
            client = Client(("127.0.0.1", address[1]), name)
            clients.append(client)
            client.expect_line("* welcome " + name,
                               hint="After reading a client's first line (its name), send it "
                                    "`* welcome NAME`.")
            return client

        yield server, address, join
    finally:
        for client in clients:
            try:
                client.close()
            except OSError:
                pass
        capture(server.stop)


def check_join():
    """each client is welcomed and the others hear that it joined"""
    with running_server() as (_, _, join):
        alice = join("alice")
        bob = join("bob")
        alice.expect_line("* bob joined",
                          hint="Tell every other client `* NAME joined` (broadcast with exclude).")
        carol = join("carol")
        alice.expect_line("* carol joined")
        bob.expect_line("* carol joined")
        carol.send("hello")
        bob.expect_line("carol: hello")


def check_broadcast():
    """a message reaches every other client, not its sender"""
    with running_server() as (_, _, join):
        alice, bob, carol = join("alice"), join("bob"), join("carol")
        alice.next_line("* bob joined"), alice.next_line("* carol joined"), bob.next_line("* carol joined")
        alice.send("hi all ☕")
        bob.expect_line("alice: hi all ☕",
                        hint="Each later line goes to the others as `NAME: TEXT`.")
        carol.expect_line("alice: hi all ☕")
        bob.send("hi alice")
        alice.expect_line("bob: hi alice",
                          hint="Don't send a message back to its sender: exclude it.")


def check_client_leaving():
    """a client that leaves, even by crashing, does not break the others"""
    with running_server() as (_, _, join):
        alice, bob, carol = join("alice"), join("bob"), join("carol")
        alice.next_line("* bob joined"), alice.next_line("* carol joined"), bob.next_line("* carol joined")
        carol.close(abort=True)
        alice.expect_line("* carol left",
                          hint="When recv() returns b\"\" or raises OSError, remove the client "
                               "and broadcast `* NAME left`.")
        bob.expect_line("* carol left")
        bob.send("still here?")
        alice.expect_line("bob: still here?",
                          hint="One client's failure must only end that client's thread.")
        bob.close()
        alice.expect_line("* bob left")


def check_many_clients_at_once():
    """ten clients at once all hear each other"""
    with running_server() as (_, _, join):
        clients = [join("user%d" % n) for n in range(10)]
        for n, client in enumerate(clients):
            for later in range(n + 1, 10):
                client.expect_line("* user%d joined" % later,
                                   hint="Serve every client in its own thread, so that one "
                                        "waiting in recv() doesn't hold up the others.")
        clients[0].send("ping")
        for client in clients[1:]:
            client.expect_line("user0: ping")


def check_stop():
    """stop() closes the listener and the clients"""
    with running_server() as (server, address, join):
        alice = join("alice")
        call(server.stop)
        try:
            line = alice.sock.recv(100)
        except socket.timeout:
            line = None
        except OSError:
            line = b""
        expect(line == b"", "after stop(), a client's connection should be closed",
               hint="stop() shuts down and closes every client socket.")
        try:
            probe = socket.create_connection(("127.0.0.1", address[1]), timeout=1)
        except OSError:
            return
        probe.close()
        fail("after stop(), the server still accepts connections",
             hint="Close the listening socket in stop().")
