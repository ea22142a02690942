"""A trie: words stored letter by letter, so words sharing a prefix share nodes."""


class TrieNode:
    def __init__(self):
        self.children = {}     # one letter -> the TrieNode below it
        self.is_word = False   # True when a word ends at this node


class Trie:
    def __init__(self):
        self.root = TrieNode()

    def insert(self, word):
        """Add ``word``, one node per letter."""
        # TODO
        raise NotImplementedError("Trie.insert is not written yet")

    def __contains__(self, word):
        """``word in trie``: True only for whole words that were inserted."""
        # TODO
        raise NotImplementedError("Trie.__contains__ is not written yet")

    def starts_with(self, prefix):
        """Return every inserted word that begins with ``prefix``, in alphabetical order."""
        # TODO
        raise NotImplementedError("Trie.starts_with is not written yet")
