"""Checks for the `ebook-trie` milestone (capstone5/trie.py)."""
from pymastery import call, expect, expect_equal, learner_module

WORDS = ["whale", "whales", "wharf", "what", "wheel", "sea", "seal", "season", "a"]


class CountingDict(dict):
    """A children dict that counts how often the trie reads it."""
    reads = 0

    def _count(self):
        CountingDict.reads += 1

    def __getitem__(self, key):
        self._count()
        return dict.__getitem__(self, key)

    def get(self, key, default=None):
        self._count()
        return dict.get(self, key, default)

    def __contains__(self, key):
        self._count()
        return dict.__contains__(self, key)

    def items(self):
        self._count()
        return dict.items(self)

    def values(self):
        self._count()
        return dict.values(self)

    def keys(self):
        self._count()
        return dict.keys(self)

    def __iter__(self):
        self._count()
        return dict.__iter__(self)


def _trie(words):
    module = learner_module()
    trie = call(module.Trie).value
    for word in words:
        call(trie.insert, word)
    return trie


def check_prefixes():
    """words_with_prefix finds every word under a prefix, sorted"""
    trie = _trie(WORDS)
    expect_equal(call(trie.words_with_prefix, "wha").value, ["whale", "whales", "wharf", "what"],
                 hint="Walk to the node of the prefix, then collect every word below it.")
    expect_equal(call(trie.words_with_prefix, "seal").value, ["seal"])
    expect_equal(call(trie.words_with_prefix, "whales").value, ["whales"],
                 hint="The prefix itself counts when it is a word.")
    expect_equal(call(trie.words_with_prefix, "zebra").value, [],
                 hint="A prefix the trie does not hold gives [].")
    expect_equal(call(trie.words_with_prefix, "").value, sorted(WORDS))


def check_shares_nodes():
    """insert reuses the nodes of a common prefix, and repeats change nothing"""
    trie = _trie(["sea", "seal", "sea"])
    node = trie.root
    for letter in "sea":
        expect(letter in node.children, f"no node for {letter!r} on the path of 'sea'",
               hint="Each letter is a key of node.children pointing at the next TrieNode.")
        node = node.children[letter]
    expect(node.is_word, "the node at the end of 'sea' should have is_word True")
    expect_equal(list(node.children), ["l"],
                 hint="Inserting 'seal' after 'sea' adds one node, under the node of 'sea'.")
    expect_equal(call(trie.words_with_prefix, "s").value, ["sea", "seal"],
                 hint="Inserting a word twice keeps it once.")


def _swap_children(node):
    node.children = CountingDict(node.children)
    for child in dict.values(node.children):
        _swap_children(child)


def check_visits_only_the_prefix():
    """a prefix search never visits the rest of the trie"""
    words = [f"a{n:04d}" for n in range(3000)] + ["zebra", "zebras", "zero"]
    trie = _trie(words)
    _swap_children(trie.root)
    CountingDict.reads = 0
    found = call(trie.words_with_prefix, "zeb").value
    expect_equal(found, ["zebra", "zebras"])
    expect(CountingDict.reads < 60,
           f"finding the 2 words under 'zeb' read {CountingDict.reads} children dicts of a trie "
           "of 3003 words; it should read only the few on the way to 'zeb' and below it",
           hint="Go down letter by letter with node.children.get(letter) first; only then walk "
                "the nodes under that one.")
