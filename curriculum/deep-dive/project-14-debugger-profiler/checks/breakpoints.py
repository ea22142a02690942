"""Milestone `breakpoints`: stop at a line and note the locals (tracekit/debugger.py, Debugger)."""
import importlib.util
import os
import sys

from pymastery import call, capture, expect, expect_equal, expect_isinstance, learner_module, temp_folder

CODE = '''def running_total(values):
    total = 0
    for v in values:
        total += v
    return total


def greet(name):
    message = "hi " + name
    return message


def never_called():
    return 0


def fails():
    x = 1
    raise ValueError(x)
'''


def _line(text):
    return CODE.splitlines().index(text) + 1


def _fixture(folder):
    path = folder.path("sums.py")
    spec = importlib.util.spec_from_file_location("sums_fixture", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return path, module


def _summary(hits):
    return [(h.filename, h.lineno, h.function, h.locals.get("total"), h.locals.get("v")) for h in hits]


def check_stops_at_a_line():
    """A breakpoint records the locals each time its line is about to run"""
    debugger = learner_module()
    with temp_folder({"sums.py": CODE}) as folder:
        path, sums = _fixture(folder)
        dbg = debugger.Debugger()
        call(dbg.add_breakpoint, "sums.py", _line("        total += v"))
        result = call(dbg.run, sums.running_total, [5, 6, 7]).value
    expect_equal(result, 18, hint="run() returns what the function returned.")
    line = _line("        total += v")
    expect_equal(_summary(dbg.hits),
                 [("sums.py", line, "running_total", 0, 5), ("sums.py", line, "running_total", 5, 6),
                  ("sums.py", line, "running_total", 11, 7)],
                 hint="On a 'line' event whose (file name, frame.f_lineno) is a breakpoint, append "
                      "Hit(file name, line, frame.f_code.co_name, a copy of frame.f_locals).")


def check_locals_are_a_snapshot():
    """Each hit keeps the values of that moment, not the final ones"""
    debugger = learner_module()
    with temp_folder({"sums.py": CODE}) as folder:
        path, sums = _fixture(folder)
        dbg = debugger.Debugger()
        call(dbg.add_breakpoint, path, _line("    return total"))
        call(dbg.add_breakpoint, path, _line("        total += v"))
        call(dbg.run, sums.running_total, [1, 2])
    totals = [h.locals.get("total") for h in dbg.hits]
    expect_equal(totals, [0, 1, 3],
                 hint="frame.f_locals may be the same object each time, updated as the function runs: "
                      "store dict(frame.f_locals), a copy made at the stop.")
    expect_equal(dbg.hits[-1].locals.get("values"), [1, 2])


def check_conditions_and_other_lines():
    """A condition filters stops; lines never reached never stop"""
    debugger = learner_module()
    with temp_folder({"sums.py": CODE}) as folder:
        path, sums = _fixture(folder)
        dbg = debugger.Debugger()
        call(dbg.add_breakpoint, "sums.py", _line("        total += v"), lambda names: names["v"] == 6)
        call(dbg.add_breakpoint, "sums.py", _line("    return 0"))
        call(dbg.add_breakpoint, "sums.py", _line('    message = "hi " + name'))
        call(dbg.run, sums.running_total, [5, 6, 7])
        call(dbg.run, sums.greet, "ada")
    expect_equal(_summary(dbg.hits)[:1], [("sums.py", _line("        total += v"), "running_total", 5, 6)],
                 hint="Call the condition with the copied locals and stop only when it returns true.")
    expect_equal(len(dbg.hits), 2, hint="Only v == 6 passes the condition, and greet stops once.")
    expect_equal(dbg.hits[1].locals, {"name": "ada"},
                 hint="A 'line' event comes before its line runs, so message is not assigned yet.")


def check_restores_the_previous_tracer():
    """The trace function installed before is back afterwards, even after an exception"""
    debugger = learner_module()

    def earlier(frame, event, arg):
        return None

    with temp_folder({"sums.py": CODE}) as folder:
        path, sums = _fixture(folder)
        dbg = debugger.Debugger()
        call(dbg.add_breakpoint, "sums.py", _line("    raise ValueError(x)"))
        sys.settrace(earlier)
        try:
            call(dbg.run, sums.greet, "bo")
            after_return = sys.gettrace()
            outcome = capture(dbg.run, sums.fails)
            after_raise = sys.gettrace()
        finally:
            sys.settrace(None)
    expect(after_return is earlier, "after run() returned, sys.gettrace() is %r" % (after_return,),
           hint="Save sys.gettrace() first and put it back when the function is done.")
    expect_isinstance(outcome.exception, ValueError, hint="Let the function's exception through.")
    expect(after_raise is earlier, "after the function raised, sys.gettrace() is %r" % (after_raise,),
           hint="Put the old tracer back in a `finally:` block.")
    expect_equal([(h.function, h.locals) for h in dbg.hits], [("fails", {"x": 1})])
