"""Search engine, part 2: prefix queries answered by a trie of the indexed words."""
from week6.trie import Trie


class PrefixSearch:
    def __init__(self, index):
        """Build a trie of every word in ``index.postings``."""
        # TODO
        raise NotImplementedError("PrefixSearch.__init__ is not written yet")

    def complete(self, prefix):
        """Return the indexed words that start with ``prefix`` (any case), alphabetically."""
        # TODO
        raise NotImplementedError("PrefixSearch.complete is not written yet")

    def search(self, prefix):
        """Return the set of doc ids holding at least one word that starts with ``prefix``."""
        # TODO
        raise NotImplementedError("PrefixSearch.search is not written yet")
