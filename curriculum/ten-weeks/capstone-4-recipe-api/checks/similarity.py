"""Checks for the `recipe-similarity` milestone (capstone4/similarity.py)."""
import math

from pymastery import call, expect, expect_equal, learner_module


def _cos(a, b):
    return call(learner_module().cosine_similarity, set(a), set(b)).value


def check_cosine():
    """cosine_similarity of sets of ingredients"""
    expect(abs(_cos({"egg", "milk"}, {"egg", "milk"}) - 1.0) < 1e-9, "the same set should give 1.0")
    expect_equal(_cos({"egg"}, {"rice"}), 0.0, hint="Nothing in common gives 0.")
    got = _cos({"egg", "flour", "milk"}, {"egg", "milk", "sugar", "butter"})
    expect(abs(got - 2 / math.sqrt(12)) < 1e-9,
           "{egg, flour, milk} and {egg, milk, sugar, butter} share 2 of 3 and 4: expected "
           "2 / sqrt(12) = %.4f, got %r" % (2 / math.sqrt(12), got),
           hint="len(a & b) / math.sqrt(len(a) * len(b)).")
    expect_equal(_cos(set(), {"egg"}), 0.0, hint="An empty set gives 0.0, not a ZeroDivisionError.")


def check_rank():
    """rank_similar returns the k best, ties by key, no zeros"""
    candidates = {3: {"egg", "milk"}, 1: {"egg", "milk"}, 2: {"rice"}, 4: {"egg", "flour", "milk"}}
    ranked = [(key, round(score, 6)) for key, score in
              call(learner_module().rank_similar, {"egg", "flour", "milk"}, candidates, 3).value]
    expect_equal([key for key, _ in ranked], [4, 1, 3],
                 hint="Score every candidate, drop the zeros, sort by (-score, key) and keep k.")
    expect_equal(ranked[0][1], 1.0)
    everything = call(learner_module().rank_similar, {"egg"}, candidates, 10).value
    expect_equal(sorted(key for key, _ in everything), [1, 3, 4],
                 hint="A candidate scoring 0 is left out.")
