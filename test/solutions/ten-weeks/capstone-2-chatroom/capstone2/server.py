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
        self.stopping = threading.Event()
        self.listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.listener.bind((self.host, self.port))
        self.listener.listen()
        self.listener.settimeout(0.2)
        self.accept_thread = threading.Thread(target=self._accept_loop, daemon=True)
        self.accept_thread.start()
        return self.listener.getsockname()[:2]

    def _accept_loop(self):
        while not self.stopping.is_set():
            try:
                conn, address = self.listener.accept()
            except socket.timeout:
                continue
            except OSError:
                return
            conn.settimeout(None)
            log.info("connection from %s:%d", *address)
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn):
        reader = LineReader()
        name = None
        try:
            while True:
                data = conn.recv(4096)
                if not data:
                    break
                for line in reader.feed(data):
                    if name is None:
                        name = line.strip() or "guest"
                        with self.lock:
                            self.clients[conn] = name
                        conn.sendall(encode("* welcome " + name))
                        self.broadcast("* %s joined" % name, exclude=conn)
                    else:
                        self.broadcast("%s: %s" % (name, line), exclude=conn)
        except (OSError, UnicodeDecodeError) as exc:
            log.warning("client %s: %s", name, exc)
        finally:
            with self.lock:
                known = self.clients.pop(conn, None) is not None
            conn.close()
            if known:
                self.broadcast("* %s left" % name)

    def broadcast(self, text, exclude=None):
        """Send the line ``text`` to every named client except ``exclude``. A client whose
        connection fails is dropped; the others still get the line."""
        data = encode(text)
        with self.lock:
            targets = [conn for conn in self.clients if conn is not exclude]
        for conn in targets:
            try:
                conn.sendall(data)
            except OSError as exc:
                log.warning("dropping a client: %s", exc)
                with self.lock:
                    self.clients.pop(conn, None)

    def stop(self):
        """Stop accepting, close every client's connection, and let the threads end."""
        self.stopping.set()
        self.accept_thread.join()
        self.listener.close()
        with self.lock:
            connections = list(self.clients)
            self.clients.clear()
        for conn in connections:
            try:
                conn.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            conn.close()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    server = ChatServer(port=5050)
    print("chat server on %s:%d (Ctrl-C to stop)" % server.start())
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        server.stop()
