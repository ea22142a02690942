"""Text analyser, step 1: read the words of a text file."""
import re


def read_words(path):
    """Return the words of the UTF-8 text file at ``path``, in lower case, in order.

    A word is a run of letters (of any alphabet), which may hold apostrophes between
    letters: ``don't`` is one word. Digits, underscores and other punctuation separate words.
    """
    # TODO: open the file with an explicit encoding, then find the words.
    raise NotImplementedError("read_words is not written yet")
