"""Checks for the `mini-http` milestone (week7/minihttp.py)."""
import socket
from contextlib import contextmanager

from pymastery import call, expect, expect_equal, expect_in, learner_module, temp_folder

FILES = {
    "site/index.html": "<h1>home</h1>",
    "site/notes.txt": "plain words\n",
    "site/docs/index.html": "<p>docs</p>",
    "site/data.bin": b"\x00\x01\x02",
    "secret.txt": "do not serve",
}


def _free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def _site():
    with temp_folder(FILES) as folder:
        port = _free_port()
        server = call(module_start(), folder.path("site"), port).value
        try:
            yield port
        finally:
            for name in ("shutdown", "server_close"):
                stop = getattr(server, name, None)
                if callable(stop):
                    stop()


def module_start():
    return learner_module().start_http_server


def _request(port, method, path):
    """Send one raw request; return (status, headers, body)."""
    with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
        sock.sendall(("%s %s HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n" % (method, path)).encode())
        chunks = []
        while True:
            chunk = sock.recv(4096)
            if not chunk:
                break
            chunks.append(chunk)
    raw = b"".join(chunks)
    head, _, body = raw.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    expect(lines[0].startswith("HTTP/"), f"{method} {path} answered {lines[0]!r}, not a status "
           "line", hint="The first line of the answer is like `HTTP/1.0 200 OK`, then headers, "
                        "then an empty line (\\r\\n\\r\\n), then the body.")
    status = int(lines[0].split()[1])
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    return status, headers, body


def check_serves_a_file():
    """GET of a file answers 200 with its bytes, Content-Length and Content-Type"""
    with _site() as port:
        status, headers, body = _request(port, "GET", "/notes.txt")
        expect_equal((status, body), (200, b"plain words\n"))
        expect_equal(headers.get("content-length"), "12",
                     hint="Send `Content-Length: <number of bytes in the body>`.")
        expect_equal(headers.get("content-type", "").split(";")[0], "text/plain",
                     hint="Pick the type from TYPES by the file's extension.")
        status, headers, body = _request(port, "GET", "/data.bin")
        expect_equal((status, body, headers.get("content-length")), (200, b"\x00\x01\x02", "3"))
        expect_equal(headers.get("content-type"), "application/octet-stream")


def check_folders_serve_index():
    """GET / and GET of a folder serve its index.html"""
    with _site() as port:
        expect_equal(_request(port, "GET", "/")[::2], (200, b"<h1>home</h1>"))
        expect_equal(_request(port, "GET", "/docs/")[::2], (200, b"<p>docs</p>"),
                     hint="When the path is a folder, serve index.html inside it.")


def check_missing_and_outside_are_404():
    """a missing file and a path out of the root both answer 404"""
    with _site() as port:
        expect_equal(_request(port, "GET", "/nothing.html")[0], 404)
        status, _, body = _request(port, "GET", "/../secret.txt")
        expect(status == 404 and b"do not serve" not in body,
               f"GET /../secret.txt answered {status} with {body[:40]!r}",
               hint="Resolve the full path with os.path.realpath and refuse it unless it is "
                    "inside the root folder.")


def check_other_methods_are_405():
    """POST and DELETE answer 405"""
    with _site() as port:
        for method in ("POST", "DELETE"):
            status = _request(port, method, "/notes.txt")[0]
            expect_in(status, [405], hint="Only GET is served; any other method answers 405 "
                                          "Method Not Allowed.")
