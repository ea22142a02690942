"""Capstone 2, step 3: a client that keeps trying when the server is not up yet.

    python capstone2/client.py NAME [PORT]
"""
import logging
import socket
import sys
import threading
import time

from protocol import LineReader, encode

log = logging.getLogger("chat.client")


def connect_with_retry(host, port, attempts=5, delay=0.1, sleep=time.sleep):
    """Return a socket connected to (host, port), trying up to ``attempts`` times.

    After a failed attempt (an OSError such as ConnectionRefusedError) log a warning on ``log``
    and wait with ``sleep``: ``delay`` seconds after the first failure, twice that after the
    second, and so on. Don't wait after the last attempt: raise ConnectionError instead.
    """
    for attempt in range(1, attempts + 1):
        try:
            return socket.create_connection((host, port), timeout=5)
        except OSError as exc:
            log.warning("connecting to %s:%s failed (attempt %d of %d): %s",
                        host, port, attempt, attempts, exc)
            if attempt == attempts:
                raise ConnectionError("could not connect to %s:%s" % (host, port)) from exc
            sleep(delay * 2 ** (attempt - 1))


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    name, port = argv[0], int(argv[1]) if len(argv) > 1 else 5050
    logging.basicConfig(level=logging.INFO)
    conn = connect_with_retry("127.0.0.1", port)
    conn.settimeout(None)
    conn.sendall(encode(name))

    def show():
        reader = LineReader()
        for chunk in iter(lambda: conn.recv(4096), b""):
            for line in reader.feed(chunk):
                print(line)

    threading.Thread(target=show, daemon=True).start()
    for line in sys.stdin:
        conn.sendall(encode(line.rstrip("\n")))
    conn.close()


if __name__ == "__main__":
    main()
