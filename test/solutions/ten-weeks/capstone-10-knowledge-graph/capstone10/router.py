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
    """Naive Bayes over words, with add-one smoothing."""

    def __init__(self):
        self.word_counts = defaultdict(Counter)
        self.label_counts = Counter()
        self.vocabulary = set()

    def fit(self, examples):
        for text, label in examples:
            self.label_counts[label] += 1
            for word in words(text):
                self.word_counts[label][word] += 1
                self.vocabulary.add(word)
        return self

    def predict(self, question):
        total = sum(self.label_counts.values())
        best, best_score = None, -math.inf
        for label in sorted(self.label_counts):
            counts = self.word_counts[label]
            size = sum(counts.values()) + len(self.vocabulary)
            score = math.log(self.label_counts[label] / total)
            for word in words(question):
                if word in self.vocabulary:
                    score += math.log((counts[word] + 1) / size)
            if score > best_score:
                best, best_score = label, score
        return best


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
