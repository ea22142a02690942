"""Checks for the `kg-graph` milestone (capstone10/graph.py)."""
from pymastery import call, expect, expect_equal, learner_module, temp_folder

CSV = ("subject,relation,object\n"
       "Ada Lovelace,born_in,London\n"
       " Ada Lovelace , worked_with , Charles Babbage \n"
       "\n"
       "Charles Babbage,born_in,London\n"
       "Charles Babbage,designed,Analytical Engine\n"
       "Alan Turing,born_in,London\n"
       "Alan Turing,wrote,\n"
       "Ada Lovelace,born_in,London\n")

FACTS = [("Ada Lovelace", "born_in", "London"),
         ("Ada Lovelace", "worked_with", "Charles Babbage"),
         ("Charles Babbage", "born_in", "London"),
         ("Charles Babbage", "designed", "Analytical Engine"),
         ("Alan Turing", "born_in", "London"),
         ("Ada Lovelace", "born_in", "London")]


def check_loads_the_csv():
    """load_triples reads the rows, trims spaces and skips incomplete rows"""
    module = learner_module()
    with temp_folder({"facts.csv": CSV}) as folder:
        triples = call(module.load_triples, folder.path("facts.csv")).value
    expect_equal([tuple(t) for t in triples], FACTS,
                 hint="csv.DictReader gives one dict per row; strip each value and skip the "
                      "row when any of the three is empty or missing (None).")


def check_counts_and_membership():
    """a fact added twice counts once; `in` knows subjects and objects"""
    graph = call(learner_module().KnowledgeGraph, FACTS).value
    expect_equal(call(len, graph).value, 5,
                 hint="Six triples, one of them twice: five facts. Check before counting.")
    expect("London" in graph and "Ada Lovelace" in graph and "Paris" not in graph,
           "`in` gave the wrong answer for London, Ada Lovelace or Paris",
           hint="An entity is in the graph when it is a subject or an object of some fact.")
    expect_equal(call(graph.entities).value,
                 ["Ada Lovelace", "Alan Turing", "Analytical Engine", "Charles Babbage", "London"])


def check_lookups_both_ways():
    """objects, subjects and neighbours follow facts forwards and backwards"""
    graph = call(learner_module().KnowledgeGraph, FACTS).value
    expect_equal(call(graph.objects, "Ada Lovelace", "born_in").value, ["London"])
    expect_equal(call(graph.subjects, "born_in", "London").value,
                 ["Ada Lovelace", "Alan Turing", "Charles Babbage"],
                 hint="subjects needs an index keyed by object: who points at London?")
    expect_equal(call(graph.objects, "London", "born_in").value, [])
    expect_equal(call(graph.neighbours, "Charles Babbage").value,
                 ["Ada Lovelace", "Analytical Engine", "London"],
                 hint="Neighbours come from facts where the entity is the subject AND from "
                      "facts where it is the object.")
    call(graph.add, "London", "twinned_with", "London")
    expect_equal(call(graph.neighbours, "London").value,
                 ["Ada Lovelace", "Alan Turing", "Charles Babbage"],
                 hint="An entity is not its own neighbour, even with a fact linking it to itself.")
    expect_equal(call(graph.neighbours, "Nobody").value, [])


def check_lookups_use_an_index():
    """a lookup in a big graph does not walk through every fact"""
    module = learner_module()
    facts = [(f"person{n}", "knows", f"person{n + 1}") for n in range(3000)]
    graph = call(module.KnowledgeGraph, facts).value
    counter = {"n": 0}

    class Spy(str):
        def __eq__(self, other):
            counter["n"] += 1
            return str.__eq__(self, other)

        __hash__ = str.__hash__

    call(graph.neighbours, Spy("person1500"))
    call(graph.objects, Spy("person2100"), "knows")
    expect(counter["n"] < 1000,
           f"two lookups compared the name with {counter['n']} others",
           hint="Keep dicts keyed by subject and by object, so a lookup goes straight to the "
                "facts about that entity.")
