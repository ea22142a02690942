"""Milestone `line-tracer`: lines run and calls made by a program (tracekit/tracer.py, LineTracer)."""
import importlib.util
import os
import sys

from pymastery import call, capture, expect, expect_equal, expect_isinstance, learner_module, temp_folder

SHOP = '''import json

from helpers import tax


def price(item):
    if item["qty"] > 10:
        return item["unit"] * item["qty"] * 0.9
    return item["unit"] * item["qty"]


def total(items):
    result = 0
    for item in items:
        result += price(item)
    return tax(result)


def risky(n):
    try:
        return 10 / n
    except ZeroDivisionError:
        return None


def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


def main():
    items = [{"unit": 2, "qty": 3}, {"unit": 1, "qty": 20}, {"unit": 5, "qty": 1}]
    json.dumps(items)
    risky(0)
    fact(4)
    return total(items)


def broken():
    fact(2)
    raise KeyError("missing")
'''

HELPERS = '''def tax(amount):
    return round(amount * 1.2, 2)
'''


def _fixture(folder):
    """Import shop.py from the folder (helpers.py next to it) and return the module."""
    root = os.path.realpath(folder.path())
    sys.path.insert(0, root)
    sys.modules.pop("helpers", None)  # a helpers.py of an earlier check's folder must not be reused
    spec = importlib.util.spec_from_file_location("shop_fixture", os.path.join(root, "shop.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return root, module


def _reference(root, func):
    """What the milestone asks for, recorded by the check's own tracer."""
    lines, calls = {}, {}

    def local(frame, event, arg):
        if event == "line":
            key = (os.path.basename(frame.f_code.co_filename), frame.f_lineno)
            lines[key] = lines.get(key, 0) + 1
        return local

    def tracer(frame, event, arg):
        if event == "call" and os.path.dirname(os.path.realpath(frame.f_code.co_filename)) == root:
            calls[frame.f_code.co_name] = calls.get(frame.f_code.co_name, 0) + 1
            return local
        return None

    previous = sys.gettrace()
    sys.settrace(tracer)
    try:
        func()
    except Exception:
        pass
    finally:
        sys.settrace(previous)
    return lines, calls


def check_counts_calls():
    """Every call of a function in the folder is counted, recursive ones too"""
    tracer_module = learner_module()
    with temp_folder({"shop.py": SHOP, "helpers.py": HELPERS}) as folder:
        root, shop = _fixture(folder)
        tracer = tracer_module.LineTracer(root)
        expect_equal(call(tracer.run, shop.main).value, 34.8, hint="run() returns what the function returned.")
        _, calls = _reference(root, shop.main)
    expect_equal(tracer.calls.get("fact"), 4, hint="A 'call' event comes for every call, fact(4) down to fact(1).")
    expect_equal(tracer.calls, calls,
                 hint="Count the 'call' events of frames whose code comes from a file inside the folder "
                      "(frame.f_code.co_filename), by frame.f_code.co_name; json's functions are outside it.")


def check_counts_lines():
    """Each line run in the folder's files is counted as often as it ran"""
    tracer_module = learner_module()
    with temp_folder({"shop.py": SHOP, "helpers.py": HELPERS}) as folder:
        root, shop = _fixture(folder)
        tracer = tracer_module.LineTracer(root)
        call(tracer.run, shop.main)
        lines, _ = _reference(root, shop.main)
    expect_isinstance(tracer.lines, dict)
    loop_line = SHOP.splitlines().index("        result += price(item)") + 1
    expect_equal(tracer.lines.get(("shop.py", loop_line)), 3,
                 hint="Key lines by (file name without its folder, frame.f_lineno) and count the 'line' events.")
    expect(("helpers.py", 2) in tracer.lines, "the line of helpers.py that ran is missing from lines",
           hint="Every file in the folder counts, not only the one that holds the function you were given.")
    expect_equal(tracer.lines, lines,
                 hint="The global trace function sees 'call' events; to get 'line' events it must return a local "
                      "trace function for that frame, and the local one must return itself.")


def check_restores_the_previous_tracer():
    """The trace function installed before is back afterwards, even after an exception"""
    tracer_module = learner_module()

    def earlier(frame, event, arg):
        return None

    with temp_folder({"shop.py": SHOP, "helpers.py": HELPERS}) as folder:
        root, shop = _fixture(folder)
        tracer = tracer_module.LineTracer(root)
        sys.settrace(earlier)
        try:
            call(tracer.run, shop.main)
            after_return = sys.gettrace()
            outcome = capture(tracer.run, shop.broken)
            after_raise = sys.gettrace()
        finally:
            sys.settrace(None)
    expect(after_return is earlier, "after run() returned, sys.gettrace() is %r instead of the earlier tracer"
           % (after_return,), hint="Save sys.gettrace() before you install yours and put it back at the end.")
    expect_isinstance(outcome.exception, KeyError, hint="Let the function's own exception through.")
    expect(after_raise is earlier, "after the traced function raised, sys.gettrace() is %r instead of the "
           "earlier tracer" % (after_raise,), hint="Put the old tracer back in a `finally:` block.")
    expect_equal(tracer.calls.get("fact"), 4 + 2, hint="A second run() adds to the counts of the first.")
