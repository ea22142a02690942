"""Checks for the `bounded-field` milestone (expert/advanced/fields.py: Bounded)."""
from pymastery import capture, expect, expect_equal, expect_in, expect_isinstance, fail, learner_module


def _room_class(fields):
    try:
        class Room:
            heat = fields.Bounded(5, 30)
            light = fields.Bounded(0, 100)
            area = fields.Bounded(low=1)
            offset = fields.Bounded(high=0.5)
    except Exception as error:
        cause = error.__cause__ or error
        fail("defining a class with Bounded attributes raised %s: %s" % (type(cause).__name__, cause),
             hint="Python calls Bounded.__set_name__(owner, name) for each attribute while it "
                  "creates the class. Remember the name there.")
    return Room


def _set(obj, name, value):
    outcome = capture(setattr, obj, name, value)
    if outcome.exception is not None:
        raise outcome.exception


def check_names_and_class_access():
    """each Bounded learns its name, and reading it on the class gives the descriptor"""
    fields = learner_module()
    Room = _room_class(fields)
    for name in ("heat", "light", "area", "offset"):
        expect_equal(vars(Room)[name].name, name, hint="Store the name in __set_name__.")
    expect(Room.heat is vars(Room)["heat"], "Room.heat gave %r instead of the descriptor" % (Room.heat,),
           hint="__get__ is called with obj None when the attribute is read on the class: return self.")


def check_values_per_instance():
    """every instance keeps its own values, and fields don't overwrite each other"""
    fields = learner_module()
    Room = _room_class(fields)
    kitchen, study = Room(), Room()
    _set(kitchen, "heat", 21)
    _set(study, "heat", 17)
    expect_equal((kitchen.heat, study.heat), (21, 17),
                 hint="One Bounded object serves every Room. Store the value on obj (the instance), "
                      "not on self (the descriptor).")
    _set(kitchen, "light", 80)
    expect_equal((kitchen.heat, kitchen.light), (21, 80),
                 hint="Each field needs its own storage key on the instance, built from its name.")
    _set(kitchen, "area", 12.5)
    _set(study, "offset", -3)
    expect_equal((kitchen.area, study.offset, study.heat), (12.5, -3, 17))


def check_missing_value():
    """reading a value never set raises AttributeError naming it"""
    fields = learner_module()
    Room = _room_class(fields)
    outcome = capture(getattr, Room(), "light")
    expect_isinstance(outcome.exception, AttributeError,
                      hint="With no value stored for this instance, raise AttributeError "
                           "(hasattr and getattr with a default rely on that type).")
    expect_in("light", str(outcome.exception), hint="Name the attribute in the message.")


def check_range_is_enforced():
    """values outside the bounds raise ValueError; the bounds themselves are allowed"""
    fields = learner_module()
    Room = _room_class(fields)
    room = Room()
    for name, value in (("heat", 5), ("heat", 30), ("light", 0), ("area", 1), ("area", 10 ** 6),
                        ("offset", 0.5), ("offset", -1e9)):
        _set(room, name, value)
        expect_equal(getattr(room, name), value, message="%s = %r is within range" % (name, value),
                     hint="Bounds are inclusive, and a bound of None sets no limit.")
    _set(room, "heat", 20)
    for name, value in (("heat", 4.99), ("heat", 31), ("light", -1), ("area", 0), ("offset", 0.6)):
        outcome = capture(setattr, room, name, value)
        expect_isinstance(outcome.exception, ValueError,
                          message="setting %s = %r should raise ValueError" % (name, value),
                          hint="Compare with low and high, skipping a bound that is None.")
    message = str(capture(setattr, room, "heat", 31).exception)
    expect_in("heat", message, hint="Name the attribute in the ValueError message.")
    expect_equal(room.heat, 20, hint="Check the value before storing it: a rejected value changes nothing.")


def check_types_are_enforced():
    """non-numbers and bools raise TypeError and change nothing"""
    fields = learner_module()
    Room = _room_class(fields)
    room = Room()
    _set(room, "light", 40)
    for value in ("50", None, [50], True):
        outcome = capture(setattr, room, "light", value)
        expect_isinstance(outcome.exception, TypeError,
                          message="setting light = %r should raise TypeError" % (value,),
                          hint="Accept int and float only; bool is a subclass of int, so test for it first.")
    expect_equal(room.light, 40, hint="A rejected value leaves the old one in place.")
