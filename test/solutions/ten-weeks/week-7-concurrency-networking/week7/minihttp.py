"""Week 7: a small HTTP server for the files of one folder."""
import os
import socketserver
import threading

TYPES = {".html": "text/html", ".txt": "text/plain", ".css": "text/css", ".json": "application/json"}


class _Handler(socketserver.StreamRequestHandler):
    def handle(self):
        request_line = self.rfile.readline(65537).decode("latin-1").strip()
        while self.rfile.readline(65537).strip():
            pass                                   # skip the headers
        parts = request_line.split()
        if len(parts) != 3:
            return self.answer(400, b"bad request\n")
        method, target, _version = parts
        if method != "GET":
            return self.answer(405, b"only GET\n", {"Allow": "GET"})
        path = target.split("?", 1)[0]
        root = os.path.realpath(self.server.root)
        full = os.path.realpath(os.path.join(root, path.lstrip("/")))
        if os.path.isdir(full):
            full = os.path.join(full, "index.html")
        if not full.startswith(root + os.sep) or not os.path.isfile(full):
            return self.answer(404, b"not found\n")
        with open(full, "rb") as handle:
            body = handle.read()
        kind = TYPES.get(os.path.splitext(full)[1], "application/octet-stream")
        self.answer(200, body, {"Content-Type": kind})

    def answer(self, status, body, headers=None):
        reasons = {200: "OK", 400: "Bad Request", 404: "Not Found", 405: "Method Not Allowed"}
        lines = ["HTTP/1.0 %d %s" % (status, reasons[status]), "Content-Length: %d" % len(body)]
        lines += ["%s: %s" % pair for pair in (headers or {}).items()]
        self.wfile.write(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body)


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True


def start_http_server(root, port, host="127.0.0.1"):
    """Serve the files under ``root`` on (host, port) in a background thread; return the server.

    - ``GET /path`` answers 200 with the file's bytes, a ``Content-Length`` header and a
      ``Content-Type`` from the extension (.html, .txt, .css, .json; others
      application/octet-stream). ``GET /`` or a folder serves its index.html.
    - A file that is missing, or a path that leads outside ``root`` (``/../secret``), answers 404.
    - Any other method answers 405.
    The returned object has ``shutdown()`` and ``server_close()``.
    """
    server = _Server((host, port), _Handler)
    server.root = root
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server
