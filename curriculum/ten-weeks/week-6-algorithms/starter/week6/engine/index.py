"""Search engine, part 1: an inverted index from words to the documents that hold them."""
import re


def tokenize(text):
    """Return the words of ``text`` in lower case: runs of letters and digits, in order."""
    # TODO
    raise NotImplementedError("tokenize is not written yet")


class InvertedIndex:
    def __init__(self):
        self.postings = {}   # word -> {doc_id: how many times the word occurs in that document}
        self.lengths = {}    # doc_id -> number of words in that document

    def add(self, doc_id, text):
        """Index the document ``text`` under ``doc_id``; an id already used raises ValueError."""
        # TODO
        raise NotImplementedError("InvertedIndex.add is not written yet")

    def docs_with(self, word):
        """Return the set of doc ids whose text holds ``word`` (any case)."""
        # TODO
        raise NotImplementedError("InvertedIndex.docs_with is not written yet")

    def search(self, query):
        """Return the set of doc ids that hold every word of ``query``; an empty query finds none."""
        # TODO
        raise NotImplementedError("InvertedIndex.search is not written yet")
