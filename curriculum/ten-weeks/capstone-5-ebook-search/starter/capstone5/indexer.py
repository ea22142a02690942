"""Capstone 5, step 1: read books lazily and build an inverted index."""
import os
import re

WORD = re.compile(r"[^\W\d_]+")


def read_words(path):
    """Yield the words of the UTF-8 text file at ``path``, in lower case, one at a time.

    A word is a run of letters (the pattern WORD). This must be a generator that reads the
    file line by line, so a book of any size never sits in memory whole.
    """
    # TODO
    raise NotImplementedError("read_words is not written yet")


def build_index(folder):
    """Index every ``.txt`` file directly in ``folder``.

    Return a dict mapping each word to a dict ``{book file name: times the word appears}``,
    e.g. ``{"whale": {"moby.txt": 3}, "the": {"moby.txt": 9, "emma.txt": 4}}``. Other files
    are ignored.
    """
    # TODO
    raise NotImplementedError("build_index is not written yet")
