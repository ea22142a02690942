"""Capstone 2, step 2: a chat server for many clients at once, one thread per client.

The first line a client sends is its name. The server then answers that client with
``* welcome NAME`` and tells every other client ``* NAME joined``. Each later line TEXT goes to
every other client as ``NAME: TEXT``. When a client leaves (or its connection breaks), the
others get ``* NAME left`` and carry on as before.
"""
import logging
import socket
import threading

from protocol import LineReader, encode

log = logging.getLogger("chat.server")


class ChatServer:
    def __init__(self, host="127.0.0.1", port=0):
        self.host = host
        self.port = port
        self.clients = {}            # connected socket -> name
        self.lock = threading.Lock()

    def start(self):
        """Listen on (host, port), accept clients in a background thread, and return at once
        with the ``(host, port)`` actually bound (port 0 picks a free port)."""
        # TODO
        raise NotImplementedError("start is not written yet")

    def broadcast(self, text, exclude=None):
        """Send the line ``text`` to every named client except ``exclude``. A client whose
        connection fails is dropped; the others still get the line."""
        # TODO
        raise NotImplementedError("broadcast is not written yet")

    def stop(self):
        """Stop accepting, close every client's connection, and let the threads end."""
        # TODO
        raise NotImplementedError("stop is not written yet")


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    server = ChatServer(port=5050)
    print("chat server on %s:%d (Ctrl-C to stop)" % server.start())
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        server.stop()
