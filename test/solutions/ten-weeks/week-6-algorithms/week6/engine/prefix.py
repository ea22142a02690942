"""Search engine, part 2: prefix queries answered by a trie of the indexed words."""
from week6.trie import Trie


class PrefixSearch:
    def __init__(self, index):
        """Build a trie of every word in ``index.postings``."""
        self.index = index
        self.trie = Trie()
        for word in index.postings:
            self.trie.insert(word)

    def complete(self, prefix):
        """Return the indexed words that start with ``prefix`` (any case), alphabetically."""
        return self.trie.starts_with(prefix.lower())

    def search(self, prefix):
        """Return the set of doc ids holding at least one word that starts with ``prefix``."""
        found = set()
        for word in self.complete(prefix):
            found.update(self.index.postings[word])
        return found
