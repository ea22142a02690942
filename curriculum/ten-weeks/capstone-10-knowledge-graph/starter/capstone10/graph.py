"""Capstone 10, part 1: a knowledge graph built from a CSV of triples."""
import csv
from collections import defaultdict


def load_triples(path):
    """Read a CSV whose header is subject,relation,object; return a list of (s, r, o) tuples.

    Spaces around each value are removed; a row with an empty or missing value is skipped.
    """
    # TODO
    raise NotImplementedError("load_triples is not written yet")


class KnowledgeGraph:
    """Facts (subject, relation, object). A fact added twice counts once.

    Lookups must not scan every fact: keep dicts that index the facts by subject and by object.
    """

    def __init__(self, triples=()):
        # TODO: set up the indexes, then add each triple
        raise NotImplementedError("KnowledgeGraph is not written yet")

    def add(self, subject, relation, obj):
        """Add one fact (nothing happens if it is already there)."""
        # TODO
        raise NotImplementedError

    def __len__(self):
        """The number of different facts."""
        # TODO
        raise NotImplementedError

    def __contains__(self, entity):
        """True if ``entity`` is the subject or object of some fact."""
        # TODO
        raise NotImplementedError

    def entities(self):
        """Every subject and object, sorted, each once."""
        # TODO
        raise NotImplementedError

    def objects(self, subject, relation):
        """Sorted objects o of the facts (subject, relation, o); [] if none."""
        # TODO
        raise NotImplementedError

    def subjects(self, relation, obj):
        """Sorted subjects s of the facts (s, relation, obj); [] if none."""
        # TODO
        raise NotImplementedError

    def neighbours(self, entity):
        """Sorted entities linked to ``entity`` by any fact, in either direction, itself excluded."""
        # TODO
        raise NotImplementedError
