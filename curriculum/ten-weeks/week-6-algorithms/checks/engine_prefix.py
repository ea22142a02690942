"""Checks for the `engine-prefix` milestone (week6/engine/prefix.py)."""
from types import SimpleNamespace

from pymastery import call, expect_equal, learner_module

_INDEX = SimpleNamespace(
    postings={"python": {1: 2, 3: 1}, "pytest": {2: 1}, "pyramid": {3: 1},
              "java": {2: 3}, "javascript": {4: 1}, "rust": {1: 1}},
    lengths={1: 5, 2: 6, 3: 4, 4: 2},
)


def check_complete():
    """complete lists the indexed words that start with a prefix"""
    module = learner_module()
    search = call(module.PrefixSearch, _INDEX).value
    expect_equal(call(search.complete, "py").value, ["pyramid", "pytest", "python"],
                 hint="Insert every word of index.postings into a Trie, then use starts_with.")
    expect_equal(call(search.complete, "JAVA").value, ["java", "javascript"],
                 hint="Lower-case the prefix: the index holds lower-case words.")
    expect_equal(call(search.complete, "go").value, [])


def check_prefix_search():
    """search finds the documents holding any word with the prefix"""
    module = learner_module()
    search = call(module.PrefixSearch, _INDEX).value
    expect_equal(call(search.search, "py").value, {1, 2, 3},
                 hint="Gather the doc ids of every completed word into one set.")
    expect_equal(call(search.search, "jav").value, {2, 4})
    expect_equal(call(search.search, "rustacean").value, set())
