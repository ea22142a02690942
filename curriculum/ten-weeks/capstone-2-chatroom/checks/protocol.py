"""Checks for the `chat-protocol` milestone (capstone2/protocol.py)."""
from pymastery import call, expect_equal, learner_module


def check_encode():
    """encode gives UTF-8 bytes ending in a newline"""
    module = learner_module()
    expect_equal(call(module.encode, "hi").value, b"hi\n",
                 hint="Add \"\\n\" to the text and .encode(\"utf-8\") the result.")
    expect_equal(call(module.encode, "café ☕").value, "café ☕\n".encode("utf-8"))


def check_whole_lines():
    """feed returns each complete line once"""
    reader = call(learner_module().LineReader).value
    expect_equal(call(reader.feed, b"one\ntwo\n").value, ["one", "two"],
                 hint="Split the bytes at b\"\\n\" and decode each complete line.")
    expect_equal(call(reader.feed, b"three\r\n").value, ["three"],
                 hint="Strip a \"\\r\" left at the end of a line.")
    expect_equal(call(reader.feed, b"\n").value, [""], hint="An empty line is a line too.")


def check_partial_lines():
    """a line split over several chunks comes back whole"""
    reader = call(learner_module().LineReader).value
    expect_equal(call(reader.feed, b"hel").value, [],
                 hint="Keep bytes after the last \"\\n\" in self.pending for the next call.")
    expect_equal(call(reader.feed, b"lo\nwor").value, ["hello"],
                 hint="Put self.pending in front of the new data before you split.")
    expect_equal(call(reader.feed, b"ld\n").value, ["world"])


def check_split_characters():
    """a character cut between two chunks is decoded whole"""
    reader = call(learner_module().LineReader).value
    data = "naïve ☕\n".encode("utf-8")
    cut = data.index("☕".encode("utf-8")) + 1
    expect_equal(call(reader.feed, data[:cut]).value, [],
                 hint="Keep bytes, not text, until the line is complete: decoding half a "
                      "character fails.")
    expect_equal(call(reader.feed, data[cut:]).value, ["naïve ☕"])
