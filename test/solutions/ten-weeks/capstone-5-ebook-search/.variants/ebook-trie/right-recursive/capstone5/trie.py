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
        node = self.root
        for letter in word:
            node = node.children.setdefault(letter, TrieNode())
        node.is_word = True

    def words_with_prefix(self, prefix):
        """Return the sorted list of inserted words that start with ``prefix`` (every word
        for ""). Walk down to the prefix's node first and collect only below it: never visit
        the rest of the trie."""
        node = self.root
        for letter in prefix:
            node = node.children.get(letter)
            if node is None:
                return []
        found = []

        def collect(node, spelled):
            if node.is_word:
                found.append(spelled)
            for letter in sorted(node.children):
                collect(node.children[letter], spelled + letter)

        collect(node, prefix)
        return found
