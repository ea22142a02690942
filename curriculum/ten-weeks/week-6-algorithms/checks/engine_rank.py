"""Checks for the `engine-rank` milestone (week6/engine/ranking.py)."""
import math
import random
from types import SimpleNamespace

from pymastery import call, capture, expect, expect_equal, fail, learner_module
from pymastery.track.algo_tools import Counter, TooManyComparisons

# Four documents; "the" is everywhere, so its idf is log(4/4) = 0.
_INDEX = SimpleNamespace(
    postings={"the": {1: 2, 2: 1, 3: 1, 4: 3}, "heap": {1: 2, 3: 1},
              "trie": {2: 1}, "graph": {3: 2, 4: 1}},
    lengths={1: 4, 2: 2, 3: 4, 4: 4},
)


def check_tf_idf():
    """tf_idf multiplies term frequency by inverse document frequency"""
    module = learner_module()
    cases = [("heap", 1, 2 / 4 * math.log(4 / 2)), ("trie", 2, 1 / 2 * math.log(4)),
             ("the", 4, 0.0), ("trie", 1, 0.0), ("unknown", 1, 0.0)]
    for word, doc_id, want in cases:
        got = call(module.tf_idf, _INDEX, word, doc_id).value
        expect(isinstance(got, (int, float)) and math.isclose(got, want, abs_tol=1e-9),
               f"tf_idf(index, {word!r}, {doc_id}) returned {got!r}; expected {want:.4f}.",
               hint="tf = postings[word][doc_id] / lengths[doc_id]; idf = math.log(number of "
                    "documents / number of documents holding the word). Absent words score 0.0.")


def check_top_k_order():
    """top_k gives the best scores first, ties by doc id"""
    module = learner_module()
    scores = {"d": 0.5, "a": 0.9, "c": 0.5, "b": 0.1, "e": 0.5}
    expect_equal(call(module.top_k, scores, 3).value, [("a", 0.9), ("c", 0.5), ("d", 0.5)],
                 hint="Order by the pair (-score, doc_id).")
    expect_equal(call(module.top_k, scores, 10).value,
                 [("a", 0.9), ("c", 0.5), ("d", 0.5), ("e", 0.5), ("b", 0.1)])
    expect_equal(call(module.top_k, scores, 0).value, [])


def check_top_k_uses_a_heap():
    """for a small k, top_k makes far fewer comparisons than sorting every score"""
    module = learner_module()
    n = 50_000
    counter = Counter(budget=30 * n)
    values = random.sample(range(10 * n), n)
    scores = {doc_id: counter.wrap(value) for doc_id, value in enumerate(values)}
    result = capture(module.top_k, scores, 5)
    if isinstance(result.exception, TooManyComparisons):
        fail(f"top_k(scores, 5) on {n:,} scores compared them more than {30 * n:,} times.",
             hint="heapq.nlargest or heapq.nsmallest keep a heap of only k items.")
    if result.exception is not None:
        raise result.exception
    want = sorted(range(n), key=lambda doc_id: -values[doc_id])[:5]
    expect([doc_id for doc_id, _ in result.value] == want,
           f"top_k(scores, 5) returned doc ids {[d for d, _ in result.value]}; expected {want}.")
    expect(counter.count <= 6 * n,
           f"top_k(scores, 5) made {counter.count:,} comparisons of scores for {n:,} documents; "
           f"sorting them all takes about {14 * n:,}, a heap of 5 about {n:,}.",
           hint="Sorting every score is not the point here: pick the k best with heapq.")


def check_rank():
    """rank sums the tf_idf of the query's words and returns the top k"""
    module = learner_module()
    result = call(module.rank, _INDEX, "the heap graph", 3).value
    heap1 = 2 / 4 * math.log(2)
    doc3 = 1 / 4 * math.log(2) + 2 / 4 * math.log(2)
    doc4 = 1 / 4 * math.log(2)
    want = [(3, doc3), (1, heap1), (4, doc4)]
    expect(len(result) == 3 and [d for d, _ in result] == [3, 1, 4]
           and all(math.isclose(s, w, abs_tol=1e-9) for (_, s), (_, w) in zip(result, want)),
           f"rank(index, 'the heap graph', 3) returned {result!r}; expected about "
           f"{[(d, round(s, 4)) for d, s in want]}.",
           hint="Score each document that holds at least one query word by the sum of tf_idf "
                "over the query words, then hand the dict of scores to top_k.")
    expect_equal(call(module.rank, _INDEX, "nothing here", 3).value, [])
