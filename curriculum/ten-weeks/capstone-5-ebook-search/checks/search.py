"""Checks for the `ebook-search` milestone (capstone5/search.py, with indexer.py and trie.py)."""
from pymastery import call, expect, expect_equal, learner_module

INDEX = {"whale": {"moby.txt": 5, "emma.txt": 1}, "whales": {"moby.txt": 2, "zoo.txt": 4},
         "sea": {"moby.txt": 3, "odyssey.txt": 6}, "emma": {"emma.txt": 9},
         "wharf": {"zoo.txt": 1}}


def _trie():
    module = learner_module("capstone5/trie.py")
    trie = module.Trie()
    for word in INDEX:
        trie.insert(word)
    return trie


def _search(query, k=5, index=INDEX):
    module = learner_module()
    return [tuple(pair) for pair in call(module.search, index, _trie(), query, k).value]


def check_one_word():
    """one word ranks the books that contain it"""
    expect_equal(_search("sea"), [("odyssey.txt", 6), ("moby.txt", 3)],
                 hint="Score each book by the word's count in it; highest first.")
    expect_equal(_search("kraken"), [], hint="A word not in the index matches nothing.")


def check_words_add_up():
    """the scores of several words add up, and case does not matter"""
    expect_equal(_search("Whale SEA"), [("moby.txt", 8), ("odyssey.txt", 6), ("emma.txt", 1)],
                 hint="Lower-case the query, split it, and add each word's counts to a dict of "
                      "scores per book.")


def check_prefix_terms():
    """a term with * matches every word with that prefix"""
    expect_equal(_search("wha*"), [("moby.txt", 7), ("zoo.txt", 5), ("emma.txt", 1)],
                 hint="For a term ending in *, ask the trie for words_with_prefix(term[:-1]) and "
                      "count each of them.")


def check_ties_and_k():
    """equal scores go A to Z, and only k books come back"""
    index = {"tea": {f"book{n}.txt": n % 3 for n in range(1, 12)}}
    index["tea"] = {book: count for book, count in index["tea"].items() if count}
    result = [tuple(pair) for pair in call(learner_module().search, index, _trie(), "tea", 3).value]
    expect_equal(result, [("book11.txt", 2), ("book2.txt", 2), ("book5.txt", 2)],
                 hint="Rank by the key (-score, book): heapq.nsmallest(k, scores.items(), key=...).")
    expect_equal(_search("sea", 1), [("odyssey.txt", 6)])
    expect_equal(_search("sea", 0), [], hint="k of 0 or less gives [].")


def check_end_to_end():
    """indexing a folder and searching it works together"""
    from pymastery import temp_folder
    indexer = learner_module("capstone5/indexer.py")
    trie_module = learner_module("capstone5/trie.py")
    books = {"a.txt": "The whale and the whaler.\n", "b.txt": "A whale? A WHALE!\nWhales.\n",
             "c.txt": "No such animal.\n"}
    with temp_folder(books) as folder:
        index = call(indexer.build_index, folder.path()).value
    trie = trie_module.Trie()
    for word in index:
        trie.insert(word)
    result = [tuple(p) for p in call(learner_module().search, index, trie, "whal*", 5).value]
    expect_equal(result, [("b.txt", 3), ("a.txt", 2)])
    expect(all(score > 0 for _, score in result), "books scoring 0 are left out")
