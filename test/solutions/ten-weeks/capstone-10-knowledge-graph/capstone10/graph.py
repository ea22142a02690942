"""Capstone 10, part 1: a knowledge graph built from a CSV of triples."""
import csv
from collections import defaultdict


def load_triples(path):
    """Read a CSV with the header subject,relation,object; return a list of (s, r, o) tuples."""
    triples = []
    with open(path, newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            parts = tuple((row.get(key) or "").strip() for key in ("subject", "relation", "object"))
            if all(parts):
                triples.append(parts)
    return triples


class KnowledgeGraph:
    """Facts (subject, relation, object), indexed both ways."""

    def __init__(self, triples=()):
        self._out = defaultdict(lambda: defaultdict(set))
        self._in = defaultdict(lambda: defaultdict(set))
        self._count = 0
        for triple in triples:
            self.add(*triple)

    def add(self, subject, relation, obj):
        if obj in self._out[subject][relation]:
            return
        self._out[subject][relation].add(obj)
        self._in[obj][relation].add(subject)
        self._count += 1

    def __len__(self):
        return self._count

    def __contains__(self, entity):
        return entity in self._out or entity in self._in

    def entities(self):
        return sorted(set(self._out) | set(self._in))

    def objects(self, subject, relation):
        return sorted(self._out.get(subject, {}).get(relation, ()))

    def subjects(self, relation, obj):
        return sorted(self._in.get(obj, {}).get(relation, ()))

    def neighbours(self, entity):
        found = set()
        for table in (self._out, self._in):
            for others in table.get(entity, {}).values():
                found |= others
        found.discard(entity)
        return sorted(found)
