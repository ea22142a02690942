"""Checks for the `kg-router` milestone (capstone10/router.py)."""
from pymastery import call, expect, expect_equal, expect_raises, learner_module

TRAIN = [
    ("What is Oslo linked to?", "neighbours"),
    ("Show what is connected to Rome", "neighbours"),
    ("Which things are related to Lima?", "neighbours"),
    ("List everything linked to Cairo", "neighbours"),
    ("How is Oslo connected to Rome?", "path"),
    ("Find a path from Lima to Cairo", "path"),
    ("Is there a route between Rome and Oslo?", "path"),
    ("What path joins Cairo and Lima?", "path"),
    ("How many links does Oslo have?", "count"),
    ("Count the links of Rome", "count"),
    ("How many facts mention Lima?", "count"),
    ("How many things touch Cairo?", "count"),
]

HELD_OUT = [
    ("What is Paris linked to?", "neighbours"),
    ("List everything related to Quito", "neighbours"),
    ("Find a route from Paris to Quito", "path"),
    ("Is there a path between Quito and Paris?", "path"),
    ("How many links does Quito have?", "count"),
    ("Count the facts that mention Paris", "count"),
]


class FixedModel:
    def __init__(self, label):
        self.label = label

    def predict(self, question):
        return self.label


class Graph:
    def __init__(self, edges):
        self.links = {}
        for a, b in edges:
            self.links.setdefault(a, set()).add(b)
            self.links.setdefault(b, set()).add(a)

    def __contains__(self, entity):
        return entity in self.links

    def entities(self):
        return sorted(self.links)

    def neighbours(self, entity):
        return sorted(self.links.get(entity, ()))


CITIES = Graph([("Ada Lovelace", "London"), ("London", "Charles Babbage"),
                ("Charles Babbage", "Analytical Engine"), ("Alan Turing", "Manchester")])


def check_routes_new_questions():
    """trained on example questions, it routes questions it has not seen"""
    module = learner_module()
    model = call(module.train, TRAIN).value
    got = [call(model.predict, question).value for question, _ in HELD_OUT]
    expect_equal(got, [label for _, label in HELD_OUT],
                 hint="Count how often each word appears with each label in fit; in predict, "
                      "score each label by the words of the question (naive Bayes adds the "
                      "logs of smoothed word frequencies) and return the best.")


def check_learns_from_its_examples():
    """the labels come from the examples, not from rules written in the code"""
    module = learner_module()
    examples = [("good morning to you", "hello"), ("hi there, nice to meet you", "hello"),
                ("hello and good day", "hello"), ("goodbye and see you soon", "bye"),
                ("bye for now", "bye"), ("see you later, farewell", "bye")]
    model = call(module.train, examples).value
    expect_equal([call(model.predict, q).value for q in
                  ("hi, good morning", "farewell, see you", "nice to meet you")],
                 ["hello", "bye", "hello"],
                 hint="fit must learn whatever labels it is given; predict returns one of them.")
    default = call(module.train).value
    expect_equal(call(default.predict, "How many links does London have?").value, "count",
                 hint="train() without arguments uses EXAMPLES.")


def check_finds_entities():
    """find_entities spots the graph's names in a question, in order"""
    module = learner_module()
    expect_equal(call(module.find_entities, CITIES,
                      "how is charles babbage connected to ada lovelace?").value,
                 ["Charles Babbage", "Ada Lovelace"],
                 hint="Compare lower-cased text, and sort the matches by where they start "
                      "(str.find or re.search(...).start()).")
    expect_equal(call(module.find_entities, CITIES, "What about Londoners?").value, [],
                 hint="Whole words only: r'\\b' + re.escape(name) + r'\\b' does not match "
                      "inside Londoners.")


def check_answers_each_kind():
    """answer runs the query the model picks"""
    module = learner_module()
    expect_equal(call(module.answer, CITIES, FixedModel("neighbours"),
                      "What is London linked to?").value,
                 ("neighbours", ["Ada Lovelace", "Charles Babbage"]))
    expect_equal(call(module.answer, CITIES, FixedModel("count"),
                      "How many links has London?").value, ("count", 2))
    expect_equal(call(module.answer, CITIES, FixedModel("path"),
                      "How is Ada Lovelace tied to the Analytical Engine?").value,
                 ("path", ["Ada Lovelace", "London", "Charles Babbage", "Analytical Engine"]),
                 hint="For a path, use shortest_path from the first entity named to the second.")
    expect_raises(ValueError, module.answer, CITIES, FixedModel("path"),
                  "How is Alan Turing connected to Mars?",
                  hint="A path question naming fewer than two known entities raises ValueError.")
