"""Checks for the `deep-freeze` milestone (expert/memory/freeze.py: deep_freeze)."""
import copy
import operator
import types

from pymastery import call, capture, expect, expect_equal, expect_isinstance, fail, learner_module


class Thing:
    """An object that is not a container: it must come back as itself."""


def check_containers_become_immutable():
    """lists and tuples become tuples, dicts read-only mappings, sets frozensets"""
    freeze = learner_module()
    thing = Thing()
    value = {"hosts": ["a", ["b", "c"]], "ports": {80, 443}, "owner": thing, "limits": ({"cpu": 2},)}
    out = call(freeze.deep_freeze, value).value
    expect_isinstance(out, types.MappingProxyType,
                      hint="Wrap the new dict in types.MappingProxyType: a read-only view of it.")
    expect_equal(out["hosts"], ("a", ("b", "c")), hint="Lists become tuples, all the way down.")
    expect_isinstance(out["hosts"][1], tuple)
    expect_equal(out["ports"], frozenset({80, 443}))
    expect_isinstance(out["ports"], frozenset, hint="A set becomes a frozenset.")
    expect(out["owner"] is thing, "an object that is not a container should come back as itself")
    inner = out["limits"][0]
    expect_isinstance(inner, types.MappingProxyType, hint="Dicts inside tuples are frozen too.")
    outcome = capture(operator.setitem, out, "hosts", [])
    expect_isinstance(outcome.exception, TypeError, hint="The frozen dict must refuse item assignment.")


def check_input_is_untouched_and_unshared():
    """the input is not changed, and later changes to it don't reach the copy"""
    freeze = learner_module()
    value = {"hosts": ["a"], "tags": {"x"}}
    before = copy.deepcopy(value)
    out = call(freeze.deep_freeze, value).value
    expect_equal(value, before, hint="Build new containers; never change the ones you were given.")
    value["hosts"].append("b")
    value["tags"].add("y")
    value["new"] = 1
    expect_equal((out["hosts"], out["tags"], "new" in out), (("a",), frozenset({"x"}), False),
                 hint="A MappingProxyType over the original dict would still show its changes: "
                      "copy into a new dict first.")


def check_shared_objects_stay_shared():
    """an object reached twice is frozen once and shared in the copy"""
    freeze = learner_module()
    shared = [1, 2]
    out = call(freeze.deep_freeze, [shared, {"again": shared}, (shared,)]).value
    expect(out[0] is out[1]["again"] and out[0] is out[2][0],
           "the list appearing three times was frozen into separate tuples",
           hint="Remember what you froze in a dict keyed by id(original), and reuse the result "
                "when you meet the same original again.")


def check_cycles_raise_value_error():
    """a container that contains itself raises ValueError"""
    freeze = learner_module()
    loop = [1]
    loop.append(loop)
    indirect = {"child": []}
    indirect["child"].append(indirect)
    for value, what in ((loop, "a list that contains itself"), (indirect, "a dict inside its own child list")):
        outcome = capture(freeze.deep_freeze, value)
        if isinstance(outcome.exception, RecursionError):
            fail("deep_freeze on %s ran into RecursionError" % what,
                 hint="Keep the ids of the containers you are in the middle of freezing; meeting "
                      "one of them again means a cycle: raise ValueError.")
        expect_isinstance(outcome.exception, ValueError,
                          message="deep_freeze on %s should raise ValueError" % what,
                          hint="Meeting a container that is still being frozen means a cycle.")
    diamond_leaf = [0]
    diamond = [[diamond_leaf], [diamond_leaf]]
    out = call(freeze.deep_freeze, diamond).value
    expect_equal(out, (((0,),), ((0,),)),
                 hint="An object met twice on different paths is sharing, not a cycle: only one "
                      "still in progress is a cycle.")
