"""Capstone 5, step 2: a trie, to find every indexed word that starts with a prefix."""


class TrieNode:
    """One letter's node: ``children`` maps the next letter to its node, and ``is_word`` is
    True when the letters from the root to here spell an inserted word."""

    def __init__(self):
        self.children = {}
        self.is_word = False


class Trie:
    def __init__(self):
        self.root = TrieNode()

    def insert(self, word):
        """Add ``word``, one TrieNode per letter, reusing the nodes already there."""
        # TODO
        raise NotImplementedError("insert is not written yet")

    def words_with_prefix(self, prefix):
        """Return the sorted list of inserted words that start with ``prefix`` (every word
        for ""). Walk down to the prefix's node first and collect only below it: never visit
        the rest of the trie."""
        # TODO
        raise NotImplementedError("words_with_prefix is not written yet")
