"""A graph that keeps a plain list and searches it every time."""
import csv


def load_triples(path):
    with open(path, newline="", encoding="utf-8") as handle:
        rows = [tuple((r.get(k) or "").strip() for k in ("subject", "relation", "object"))
                for r in csv.DictReader(handle)]
    return [row for row in rows if all(row)]


class KnowledgeGraph:
    def __init__(self, triples=()):
        self.facts = []
        for triple in triples:
            self.add(*triple)

    def add(self, subject, relation, obj):
        if (subject, relation, obj) not in self.facts:
            self.facts.append((subject, relation, obj))

    def __len__(self):
        return len(self.facts)

    def __contains__(self, entity):
        return any(entity in (s, o) for s, _, o in self.facts)

    def entities(self):
        return sorted({s for s, _, _ in self.facts} | {o for _, _, o in self.facts})

    def objects(self, subject, relation):
        return sorted({o for s, r, o in self.facts if s == subject and r == relation})

    def subjects(self, relation, obj):
        return sorted({s for s, r, o in self.facts if o == obj and r == relation})

    def neighbours(self, entity):
        found = {o for s, _, o in self.facts if s == entity}
        found |= {s for s, _, o in self.facts if o == entity}
        found.discard(entity)
        return sorted(found)
