"""Capstone 5, step 1: read books lazily and build an inverted index."""
import os
import re

WORD = re.compile(r"[^\W\d_]+")


def read_words(path):
    """Yield the words of the UTF-8 text file at ``path``, in lower case, one at a time.

    A word is a run of letters (the pattern WORD). This must be a generator that reads the
    file line by line, so a book of any size never sits in memory whole.
    """
    with open(path, encoding="utf-8") as book:
        return [word.lower() for word in WORD.findall(book.read())]


def build_index(folder):
    """Index every ``.txt`` file directly in ``folder``.

    Return a dict mapping each word to a dict ``{book file name: times the word appears}``,
    e.g. ``{"whale": {"moby.txt": 3}, "the": {"moby.txt": 9, "emma.txt": 4}}``. Other files
    are ignored.
    """
    index = {}
    for name in sorted(os.listdir(folder)):
        path = os.path.join(folder, name)
        if not name.endswith(".txt") or not os.path.isfile(path):
            continue
        for word in read_words(path):
            counts = index.setdefault(word, {})
            counts[name] = counts.get(name, 0) + 1
    return index
