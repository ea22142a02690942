"""Checks for the `analyser-rank` milestone (week1/analyser/ranking.py)."""
import random

from pymastery import call, expect, expect_complexity, expect_equal, learner_module, measure_growth


def check_counts_words():
    """count_words counts every word"""
    module = learner_module()
    expect_equal(call(module.count_words, ["a", "b", "a", "c", "a", "b"]).value,
                 {"a": 3, "b": 2, "c": 1},
                 hint="The same counting loop as the frequency counter.")
    expect_equal(call(module.count_words, []).value, {})


def check_top_k_order():
    """top_k gives the most frequent words first"""
    module = learner_module()
    counts = {"pear": 2, "apple": 5, "fig": 1, "plum": 7}
    expect_equal(call(module.top_k, counts, 2).value, [("plum", 7), ("apple", 5)],
                 hint="Return a list of (word, count) tuples, highest count first.")


def check_ties_alphabetical():
    """words with equal counts come alphabetically"""
    module = learner_module()
    counts = {"kiwi": 3, "date": 3, "fig": 9, "apple": 3, "lime": 1}
    expect_equal(call(module.top_k, counts, 4).value,
                 [("fig", 9), ("apple", 3), ("date", 3), ("kiwi", 3)],
                 hint="Rank by a key that puts a higher count first and then the word: "
                      "(-count, word) sorts in exactly that order.")


def check_k_edges():
    """k beyond the number of words gives them all; k of 0 gives none"""
    module = learner_module()
    counts = {"b": 1, "a": 1}
    expect_equal(call(module.top_k, counts, 10).value, [("a", 1), ("b", 1)],
                 hint="Asking for more words than there are gives them all, without an error.")
    expect_equal(call(module.top_k, counts, 0).value, [])
    expect_equal(call(module.top_k, counts, -2).value, [],
                 hint="A k of 0 or less asks for nothing: return [].")
    expect_equal(call(module.top_k, {}, 3).value, [])


def check_leaves_counts_alone():
    """top_k does not change the counts it ranks"""
    module = learner_module()
    counts = {"x": 1, "y": 2, "z": 3}
    call(module.top_k, counts, 2)
    expect_equal(counts, {"x": 1, "y": 2, "z": 3},
                 hint="Don't pop or delete from the dict you were given; rank a copy or its items.")


def _counts(n):
    # Distinct counts, so ranking compares numbers rather than long runs of ties.
    values = random.sample(range(1, 4 * n + 1), n)
    return {f"w{i}": value for i, value in enumerate(values)}


_VOCABULARY = [f"w{i}" for i in range(50)]


def _words(n):
    return [random.choice(_VOCABULARY) for _ in range(n)]


def check_count_words_linear():
    """count_words stays fast on long texts"""
    module = learner_module()
    expect_complexity(module.count_words, _words, "linear",
                      hint="words.count(w) for every word reads the whole list again each time. "
                           "One pass with a dict is enough.")


def check_top_k_fast():
    """top_k stays fast when k is large"""
    module = learner_module()
    # Ranking a quarter of the words: sorting grows like n log n, which on a busy machine can
    # measure up to about 1.6 because of the processor's caches; picking the best word again and
    # again grows like n squared, which measures 2 or more. The limit sits between the two.
    growth = measure_growth(lambda counts: module.top_k(counts, len(counts) // 4), _counts,
                            min_time=0.005)
    small, big = growth.sizes
    expect(growth.exponent < 1.8,
           f"top_k got {growth.ratio:.1f}x slower when the number of words grew "
           f"{big / small:.0f}x (from {small:,} to {big:,}, asking for a quarter of them). "
           f"Sorting would get about {big / small * 1.2:.0f}x slower; "
           f"{growth.ratio:.0f}x is how an algorithm that scans all the words for each "
           f"word it picks grows.",
           at=module.top_k,
           hint="Finding the largest, removing it and starting again costs a full scan per "
                "word. Sort once, or let heapq.nsmallest / heapq.nlargest pick k items "
                "in one pass.")
