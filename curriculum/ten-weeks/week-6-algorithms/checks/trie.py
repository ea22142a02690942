"""Checks for the `trie` milestone (week6/trie.py)."""
from pymastery import call, expect, expect_equal, learner_module

_WORDS = ["car", "cart", "carbon", "cat", "dog", "do", "zebra"]


def _trie(module, words=_WORDS):
    trie = call(module.Trie).value
    for word in words:
        call(trie.insert, word)
    return trie


def check_membership():
    """`word in trie` is True only for whole inserted words"""
    module = learner_module()
    trie = _trie(module)
    for word in _WORDS:
        expect_equal(call(trie.__contains__, word).value, True,
                     f"{word!r} in trie is not True after inserting it.")
    for word in ["ca", "carts", "d", "", "zebras", "x"]:
        expect_equal(call(trie.__contains__, word).value, False,
                     f"{word!r} in trie is not False, but {word!r} was never inserted.",
                     hint="A prefix of a word is not a word: only nodes marked is_word count.")


def check_starts_with():
    """starts_with lists the words under a prefix, alphabetically"""
    module = learner_module()
    trie = _trie(module)
    expect_equal(call(trie.starts_with, "car").value, ["car", "carbon", "cart"],
                 hint="The prefix itself counts when it is a word.")
    expect_equal(call(trie.starts_with, "d").value, ["do", "dog"])
    expect_equal(call(trie.starts_with, "q").value, [], hint="An unknown prefix finds nothing.")
    expect_equal(call(trie.starts_with, "").value, sorted(_WORDS))


def check_shares_nodes():
    """words with a common prefix share the nodes of that prefix"""
    module = learner_module()
    trie = _trie(module, ["car", "cat", "cart"])
    root = trie.root
    expect(set(root.children) == {"c"},
           f"After inserting car, cat and cart, root.children has keys {sorted(root.children)}; "
           "expected just 'c'.",
           hint="Each node's children dict maps one letter to the node below it.")
    a = root.children["c"].children["a"]
    expect(set(a.children) == {"r", "t"},
           "The node for 'ca' should have children 'r' and 't'.")
    expect(a.children["r"].is_word and not a.is_word and set(a.children["r"].children) == {"t"},
           "The node for 'car' should be a word with one child 't'; 'ca' is not a word.")
