"""Checks for the `slots` milestone: a Point with __slots__, and measuring what it saves."""
import tracemalloc

from pymastery import call, capture, expect, expect_equal, learner_module


class PlainPoint:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def _measure(cls, n=10_000):
    """The check's own measurement, to compare the learner's with."""
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        kept = [cls(i, i) for i in range(n)]
        after = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    del kept
    return (after - before) / n


def check_point_still_works():
    """Point keeps its coordinates, repr and distance"""
    optimizer = learner_module()
    a = call(optimizer.Point, 0, 0).value
    b = call(optimizer.Point, 3, 4).value
    expect_equal((b.x, b.y, repr(b)), (3, 4, "Point(3, 4)"), hint="Keep __init__ and __repr__ as they were.")
    expect_equal(call(a.distance_to, b).value, 5.0, hint="Keep distance_to as it was.")
    b.x = 6
    expect_equal(b.x, 6, hint="Slotted attributes can still be changed.")


def check_point_has_no_dict():
    """Point instances have no __dict__ and refuse new attributes"""
    optimizer = learner_module()
    point = call(optimizer.Point, 1, 2).value
    expect(not hasattr(point, "__dict__"), "Point instances still have a __dict__.",
           hint="Declare __slots__ = (\"x\", \"y\") in the class body (and make sure no base class adds a __dict__).")

    def add_attribute():
        point.z = 3

    outcome = capture(add_attribute)
    expect(isinstance(outcome.exception, AttributeError),
           "Setting point.z should raise AttributeError on a slotted Point.",
           hint="Without a __dict__ there is nowhere to put an attribute __slots__ does not name.")


def check_bytes_per_instance_measures():
    """bytes_per_instance agrees with tracemalloc"""
    optimizer = learner_module()
    reference = _measure(PlainPoint)
    measured = call(optimizer.bytes_per_instance, PlainPoint).value
    expect(isinstance(measured, (int, float)) and 0.6 * reference <= measured <= 1.5 * reference,
           "bytes_per_instance(PlainPoint) gave %r; tracemalloc says about %.0f on this Python." % (measured, reference),
           hint="Read tracemalloc.get_traced_memory()[0] before and after building a list of n objects, "
                "and divide the difference by n. Keep the list alive until after the second reading.")
    expect(not tracemalloc.is_tracing(), "tracemalloc was left running.",
           hint="Stop tracemalloc at the end if it was not running when you started.")


def check_slots_save_memory():
    """a slotted Point takes less memory than a plain one"""
    optimizer = learner_module()
    plain = _measure(PlainPoint)
    slotted = call(optimizer.bytes_per_instance, optimizer.Point).value
    expect(isinstance(slotted, (int, float)) and slotted < plain * 0.9,
           "A Point takes %r bytes, a plain class with the same attributes %.0f." % (slotted, plain),
           hint="With __slots__ the attributes live in fixed places in the object, with no per-instance dict.")
