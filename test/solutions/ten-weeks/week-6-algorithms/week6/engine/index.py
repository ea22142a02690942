"""Search engine, part 1: an inverted index from words to the documents that hold them."""
import re


def tokenize(text):
    """Return the words of ``text`` in lower case: runs of letters and digits, in order."""
    return re.findall(r"[a-z0-9]+", text.lower())


class InvertedIndex:
    def __init__(self):
        self.postings = {}   # word -> {doc_id: how many times the word occurs in that document}
        self.lengths = {}    # doc_id -> number of words in that document

    def add(self, doc_id, text):
        """Index the document ``text`` under ``doc_id``; an id already used raises ValueError."""
        if doc_id in self.lengths:
            raise ValueError(f"document {doc_id!r} is already indexed")
        words = tokenize(text)
        self.lengths[doc_id] = len(words)
        for word in words:
            counts = self.postings.setdefault(word, {})
            counts[doc_id] = counts.get(doc_id, 0) + 1

    def docs_with(self, word):
        """Return the set of doc ids whose text holds ``word`` (any case)."""
        return set(self.postings.get(word.lower(), {}))

    def search(self, query):
        """Return the set of doc ids that hold every word of ``query``; an empty query finds none."""
        words = tokenize(query)
        if not words:
            return set()
        found = self.docs_with(words[0])
        for word in words[1:]:
            found &= self.docs_with(word)
        return found
