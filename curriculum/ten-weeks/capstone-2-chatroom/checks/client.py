"""Checks for the `chat-retry` milestone (capstone2/client.py)."""
import logging
import socket

from pymastery import call, expect, expect_equal, expect_raises, learner_module


def _free_port():
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    return port


class _Records(logging.Handler):
    def __init__(self):
        super().__init__(logging.DEBUG)
        self.records = []

    def emit(self, record):
        self.records.append(record)


def _with_records(fn):
    handler = _Records()
    logger = logging.getLogger("chat.client")
    old_level = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    try:
        return fn(), handler.records
    finally:
        logger.removeHandler(handler)
        logger.setLevel(old_level)


def check_connects_at_once():
    """with the server up, one attempt connects"""
    module = learner_module()
    listener = socket.create_server(("127.0.0.1", 0)) if hasattr(socket, "create_server") else None
    if listener is None:
        listener = socket.socket()
        listener.bind(("127.0.0.1", 0))
        listener.listen()
    waits = []
    try:
        conn = call(module.connect_with_retry, "127.0.0.1", listener.getsockname()[1],
                    sleep=waits.append).value
        expect(isinstance(conn, socket.socket), "connect_with_retry should return the socket",
               hint="Return what socket.create_connection gives back.")
        conn.close()
    finally:
        listener.close()
    expect_equal(waits, [], hint="No failure, no wait.")


def check_retries_until_the_server_is_up():
    """failed attempts are logged and waited for, with the wait doubling"""
    module = learner_module()
    port = _free_port()
    waits, listeners = [], []

    def fake_sleep(seconds):
        waits.append(seconds)
        if len(waits) == 2:            # the server comes up during the second wait
            listener = socket.socket()
            listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            listener.bind(("127.0.0.1", port))
            listener.listen()
            listeners.append(listener)

    try:
        conn, records = _with_records(lambda: call(
            module.connect_with_retry, "127.0.0.1", port, attempts=5, delay=0.5,
            sleep=fake_sleep).value)
        conn.close()
    finally:
        for listener in listeners:
            listener.close()
    expect_equal(waits, [0.5, 1.0],
                 hint="Wait delay after the first failure and twice as long after each next one: "
                      "delay * 2 ** (attempt - 1). Call the sleep you are given, not time.sleep.")
    warnings = [r for r in records if r.levelno == logging.WARNING]
    expect_equal(len(warnings), 2,
                 hint="log.warning(...) once per failed attempt, on the logger named chat.client.")


def check_gives_up():
    """after the last attempt it raises ConnectionError without waiting again"""
    module = learner_module()
    port = _free_port()
    waits = []
    _, records = _with_records(lambda: expect_raises(
        ConnectionError, module.connect_with_retry, "127.0.0.1", port, attempts=3, delay=0.25,
        sleep=waits.append,
        hint="After the last failed attempt, raise ConnectionError(...) from the last error."))
    expect_equal(waits, [0.25, 0.5], hint="Three attempts have two waits between them.")
    expect_equal(len([r for r in records if r.levelno == logging.WARNING]), 3)
