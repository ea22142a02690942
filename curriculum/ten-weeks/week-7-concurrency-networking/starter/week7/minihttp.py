"""Week 7: a small HTTP server for the files of one folder."""
import os
import socketserver
import threading

TYPES = {".html": "text/html", ".txt": "text/plain", ".css": "text/css", ".json": "application/json"}


def start_http_server(root, port, host="127.0.0.1"):
    """Serve the files under ``root`` on (host, port) in a background thread; return the server.

    - ``GET /path`` answers 200 with the file's bytes, a ``Content-Length`` header and a
      ``Content-Type`` from the extension (.html, .txt, .css, .json; others
      application/octet-stream). ``GET /`` or a folder serves its index.html.
    - A file that is missing, or a path that leads outside ``root`` (``/../secret``), answers 404.
    - Any other method answers 405.
    The returned object has ``shutdown()`` and ``server_close()``.
    """
    # TODO: a socketserver.StreamRequestHandler subclass reads the request line and headers
    # from self.rfile and writes the answer to self.wfile.
    raise NotImplementedError("start_http_server is not written yet")
