"""Week 7: a TCP echo server and its client."""
import socket
import socketserver
import threading


class _EchoHandler(socketserver.BaseRequestHandler):
    def handle(self):
        while True:
            data = self.request.recv(4096)
            if not data:
                return
            self.request.sendall(data)


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True


def start_server(port, host="127.0.0.1"):
    """Start an echo server on (host, port) in a background thread and return it at once.

    Every client is served at the same time as the others; whatever a client sends comes back
    to it unchanged, until it closes its side. The returned object has ``shutdown()`` and
    ``server_close()``, which stop it (a socketserver server has both).
    """
    server = _Server((host, port), _EchoHandler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def echo_client(port, message, host="127.0.0.1"):
    """Send ``message`` (text) to the echo server, close the sending side, and return all
    that comes back, decoded as UTF-8."""
    with socket.create_connection((host, port), timeout=5) as sock:
        sock.sendall(message.encode("utf-8"))
        sock.shutdown(socket.SHUT_WR)
        data = sock.recv(4096)
    return data.decode("utf-8", "replace")
