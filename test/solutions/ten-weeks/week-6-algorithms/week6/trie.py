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
        node = self.root
        for letter in word:
            node = node.children.setdefault(letter, TrieNode())
        node.is_word = True

    def _find(self, prefix):
        node = self.root
        for letter in prefix:
            node = node.children.get(letter)
            if node is None:
                return None
        return node

    def __contains__(self, word):
        """``word in trie``: True only for whole words that were inserted."""
        node = self._find(word)
        return node is not None and node.is_word

    def starts_with(self, prefix):
        """Return every inserted word that begins with ``prefix``, in alphabetical order."""
        start = self._find(prefix)
        if start is None:
            return []
        words, stack = [], [(start, prefix)]
        while stack:
            node, text = stack.pop()
            if node.is_word:
                words.append(text)
            for letter, child in node.children.items():
                stack.append((child, text + letter))
        return sorted(words)
