"""Checks for the `instruction-rows` milestone: instructions with their lines and stack effects.

Every expected value is computed (by the track's bytecode helpers) from the interpreter that
runs the check, so the checks hold on any Python version the learner uses.
"""

from pymastery import call, expect, expect_equal, expect_isinstance, learner_module
from pymastery.track.bytecode import expected_rows, load_samples


def _functions():
    samples = load_samples()
    return [samples.clamp, samples.total_of, samples.make_adder, samples.make_adder(2), samples.careful,
            samples.report]


def check_one_row_per_instruction():
    """one dict per instruction, with offset, opname and argrepr from dis"""
    tool = learner_module()
    for func in _functions():
        rows = call(tool.instruction_rows, func).value
        expect_isinstance(rows, list, hint="Return a list of dicts.")
        want = expected_rows(func)
        expect_equal(len(rows), len(want),
                     message="{} has {} instructions here, your list has {} rows".format(
                         func.__qualname__, len(want), len(rows)),
                     hint="Make one row per instruction that dis.get_instructions(func) yields.")
        expect_equal(
            [(r.get("offset"), r.get("opname"), r.get("argrepr")) for r in rows],
            [(r["offset"], r["opname"], r["argrepr"]) for r in want],
            hint="Copy offset, opname and argrepr from each Instruction.",
        )


def check_lines():
    """every instruction carries the source line it belongs to"""
    tool = learner_module()
    for func in _functions():
        rows = call(tool.instruction_rows, func).value
        want = expected_rows(func)
        got_lines = [r.get("line") for r in rows]
        expect_equal(
            got_lines, [r["line"] for r in want],
            message="the lines for {} differ from this interpreter's line table".format(func.__qualname__),
            hint="dis.findlinestarts(code) yields (offset, line) where a new line starts. Carry the "
                 "last line forward to the instructions after it, skip starts whose line is None, "
                 "and use co_firstlineno before the first start. Instruction.starts_line means "
                 "different things in different versions, so don't rely on it.",
        )
        expect(all(isinstance(line, int) for line in got_lines),
               "some rows of {} have no line number".format(func.__qualname__),
               hint="Every row needs an int line, even an instruction that starts no line of its own.")


def check_stack_effects():
    """every instruction carries its stack effect"""
    tool = learner_module()
    for func in _functions():
        rows = call(tool.instruction_rows, func).value
        expect_equal(
            [r.get("effect") for r in rows], [r["effect"] for r in expected_rows(func)],
            message="the stack effects for {} differ".format(func.__qualname__),
            hint="dis.stack_effect(instruction.opcode, instruction.arg) gives the effect. Pass the "
                 "opcode number, not the name.",
        )
