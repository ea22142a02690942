"""Capstone 2, step 1: messages on a TCP stream are lines of UTF-8 text ending in "\\n"."""


def encode(text):
    """Return ``text`` as the bytes to send: UTF-8, with one "\\n" added at the end."""
    # TODO
    raise NotImplementedError("encode is not written yet")


class LineReader:
    """Turns the chunks recv() hands back into whole lines.

    TCP keeps the order of the bytes but not the boundaries of what was sent: one recv() may
    give half a line, or three lines and the start of a fourth, or stop in the middle of a
    character that takes several bytes in UTF-8.
    """

    def __init__(self):
        self.pending = b""

    def feed(self, data):
        """Take the bytes ``data`` and return the list of lines it completed, decoded from
        UTF-8 and without their "\\n" (a "\\r" before it goes too). Keep an unfinished line
        for the next call."""
        # TODO
        raise NotImplementedError("feed is not written yet")
