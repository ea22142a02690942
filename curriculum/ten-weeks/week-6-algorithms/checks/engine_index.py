"""Checks for the `engine-index` milestone (week6/engine/index.py)."""
from pymastery import call, expect_equal, expect_raises, learner_module

DOCS = {
    1: "The quick brown fox jumps over the lazy dog.",
    2: "A quick brown dog outpaces a quick fox!",
    3: "Lazy afternoons: the dog sleeps, the cat sleeps.",
    4: "Foxes and cats; dogs and DOGS.",
}


def _index(module):
    index = call(module.InvertedIndex).value
    for doc_id, text in DOCS.items():
        call(index.add, doc_id, text)
    return index


def check_tokenize():
    """tokenize lowers case and splits off punctuation"""
    module = learner_module()
    expect_equal(call(module.tokenize, "Lazy afternoons: the dog, the DOG!").value,
                 ["lazy", "afternoons", "the", "dog", "the", "dog"],
                 hint="Lower-case the text, then keep runs of letters and digits: "
                      "re.findall(r\"[a-z0-9]+\", ...) does both at once.")
    expect_equal(call(module.tokenize, "  ...  ").value, [])


def check_postings():
    """add records, for every word, which documents hold it and how often"""
    module = learner_module()
    index = _index(module)
    expect_equal(index.postings.get("quick"), {1: 1, 2: 2},
                 hint="postings[word] is a dict from doc id to the number of times the word is "
                      "in that document.")
    expect_equal(index.postings.get("dogs"), {4: 2})
    expect_equal(index.lengths, {1: 9, 2: 8, 3: 8, 4: 6},
                 hint="lengths[doc_id] is the number of words in the document.")
    expect_raises(ValueError, index.add, 2, "again",
                  hint="Adding a doc id twice would count its words twice: raise ValueError.")


def check_search():
    """docs_with finds one word; search finds documents holding all the words"""
    module = learner_module()
    index = _index(module)
    expect_equal(call(index.docs_with, "Dog").value, {1, 2, 3},
                 hint="Look the lower-cased word up; a missing word gives an empty set.")
    expect_equal(call(index.docs_with, "unicorn").value, set())
    expect_equal(call(index.search, "quick fox").value, {1, 2},
                 hint="Intersect the sets of the query's words.")
    expect_equal(call(index.search, "the LAZY dog").value, {1, 3})
    expect_equal(call(index.search, "fox cat").value, set())
    expect_equal(call(index.search, "!!").value, set(), hint="A query with no words finds nothing.")
