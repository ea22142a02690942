"""Checks for the `describe` milestone: the facts memviz reports about one object."""
import sys

from pymastery import call, expect, expect_equal, expect_isinstance, learner_module


class Gadget:
    """A custom class of the check's own."""

    def __init__(self):
        self.parts = ["bolt", "nut"]


def _samples(tool):
    return [[3, 1, 4], {"pi": 3.14, "e": 2.72}, Gadget(), tool.Point(2, 5)]


def check_keys():
    """describe returns a dict with the keys type, id, size and refcount"""
    tool = learner_module()
    facts = call(tool.describe, [1, 2]).value
    expect_isinstance(facts, dict, hint="Build the four facts into a dict and return it.")
    expect_equal(
        sorted(facts), ["id", "refcount", "size", "type"],
        hint="Use exactly the keys named in the docstring: type, id, size, refcount.",
    )


def check_type_id_and_size():
    """type, id and size agree with what this interpreter reports"""
    tool = learner_module()
    for sample in _samples(tool):
        facts = call(tool.describe, sample).value
        expect_equal(
            facts["type"], type(sample).__name__,
            hint="The type is reported by name, as a string: type(obj).__name__.",
        )
        expect_equal(
            facts["id"], id(sample),
            hint="Report id(obj) of the very object you were given, not of a copy.",
        )
        expect_equal(
            facts["size"], sys.getsizeof(sample),
            hint="The size is the shallow size that sys.getsizeof(obj) reports on this Python.",
        )


def check_refcount_follows_references():
    """refcount grows by exactly the number of new references"""
    tool = learner_module()
    for sample in _samples(tool):
        before = call(tool.describe, sample).value["refcount"]
        expect_isinstance(before, int, hint="Report the number sys.getrefcount(obj) gives you.")
        holders = [sample, sample]
        index = {"again": sample}
        after = call(tool.describe, sample).value["refcount"]
        expect_equal(
            after - before, 3,
            message="after the check stored {} in three more places, refcount went from {} to {}"
                    .format(type(sample).__name__, before, after),
            hint="Three new references (two list slots and one dict value) must raise the count "
                 "by exactly 3. Measure with sys.getrefcount on the object itself; counting "
                 "referrers (gc.get_referrers) sees containers, not references. If it grew by "
                 "more than 3, describe itself keeps a reference on every call.",
        )
        del holders, index


def check_no_reference_kept():
    """describe keeps no reference to the object after it returns"""
    tool = learner_module()
    sample = Gadget()
    baseline = sys.getrefcount(sample)
    call(tool.describe, sample)
    call(tool.describe, sample)
    expect(
        sys.getrefcount(sample) == baseline,
        "after two calls the object has {} more reference(s) than before"
        .format(sys.getrefcount(sample) - baseline),
        hint="Don't store the object (or a list holding it) anywhere that outlives the call, "
             "such as a module-level cache. Keep only numbers and strings in the dict you return.",
    )
