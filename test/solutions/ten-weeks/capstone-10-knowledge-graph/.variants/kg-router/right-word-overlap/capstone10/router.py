"""Capstone 10, part 3: a small classifier that routes a question to a query."""
import math
import re
from collections import Counter, defaultdict

from paths import shortest_path

EXAMPLES = [
    ("What is Ada Lovelace linked to?", "neighbours"),
    ("Show everything connected to London", "neighbours"),
    ("Which things are related to Python?", "neighbours"),
    ("List the neighbours of Paris", "neighbours"),
    ("What is next to Turing in the graph?", "neighbours"),
    ("How is Ada Lovelace connected to London?", "path"),
    ("Find a path from Paris to Python", "path"),
    ("What links Turing and Babbage?", "path"),
    ("Is there a route between Rome and Oslo?", "path"),
    ("How do I get from Mars to Venus?", "path"),
    ("How many links does London have?", "count"),
    ("Count the connections of Paris", "count"),
    ("How many facts mention Ada Lovelace?", "count"),
    ("Number of facts about Python", "count"),
    ("How many things touch Turing?", "count"),
]


def words(text):
    """Lower-case words of ``text``, punctuation dropped."""
    return re.findall(r"[a-z0-9']+", text.lower())


class Router:
    """Picks the label whose examples share most words with the question."""

    def fit(self, examples):
        self.examples = [(set(words(text)), label) for text, label in examples]
        return self

    def predict(self, question):
        asked = set(words(question))
        totals = Counter()
        for seen, label in self.examples:
            totals[label] += len(asked & seen) / len(seen | asked)
        return max(sorted(totals), key=totals.__getitem__)


def train(examples=EXAMPLES):
    return Router().fit(examples)


def find_entities(graph, question):
    lowered = question.lower()
    found = []
    for entity in graph.entities():
        match = re.search(r"\b" + re.escape(entity.lower()) + r"\b", lowered)
        if match:
            found.append((match.start(), entity))
    return [entity for _, entity in sorted(found)]


def answer(graph, model, question):
    kind = model.predict(question)
    entities = find_entities(graph, question)
    if kind == "path":
        if len(entities) < 2:
            raise ValueError("a path question needs two things the graph knows")
        return kind, shortest_path(graph, entities[0], entities[1])
    if not entities:
        raise ValueError("the question names nothing the graph knows")
    if kind == "neighbours":
        return kind, graph.neighbours(entities[0])
    if kind == "count":
        return kind, len(graph.neighbours(entities[0]))
    raise ValueError(f"unknown query type {kind!r}")
