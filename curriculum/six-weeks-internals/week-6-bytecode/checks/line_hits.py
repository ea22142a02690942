"""Checks for the `line-hits` milestone: counting executed lines with sys.settrace."""
import sys

from pymastery import call, capture, expect, expect_equal, expect_isinstance, learner_module
from pymastery.track.bytecode import load_samples


EXTRA = '''
def helper(n):
    doubled = n * 2
    return doubled


def uses_helper(values):
    out = []
    for v in values:
        out.append(helper(v))
    return out


def factorial(n):
    if n <= 1:
        return 1
    return n * factorial(n - 1)


def explode(n):
    n = n + 1
    raise RuntimeError("boom")
'''


def _extra():
    return load_samples(EXTRA)


def reference_hits(func, *args):
    """Count line events for frames running func's code, the way the milestone asks."""
    code, hits = func.__code__, {}

    def local(frame, event, arg):
        if event == "line":
            hits[frame.f_lineno] = hits.get(frame.f_lineno, 0) + 1
        return local

    def tracer(frame, event, arg):
        return local if frame.f_code is code else None

    previous = sys.gettrace()
    sys.settrace(tracer)
    try:
        func(*args)
    except Exception:
        pass
    finally:
        sys.settrace(previous)
    return hits


def check_counts_a_loop():
    """the lines of a loop are counted as often as they ran"""
    tool = learner_module()
    samples = load_samples()
    outcome = call(tool.line_hits, samples.total_of, [1, 2, 3, 4, 5])
    expect(isinstance(outcome.value, tuple) and len(outcome.value) == 2,
           "line_hits returned {!r}, not a (result, hits) pair".format(outcome.value),
           hint="Return a tuple: the function's result and the dict of counts.")
    result, hits = outcome.value
    expect_equal(result, 9, hint="Return what func(*args, **kwargs) returned.")
    expect_isinstance(hits, dict, hint="hits is a dict of line number -> count.")
    expect_equal(hits, reference_hits(samples.total_of, [1, 2, 3, 4, 5]),
                 hint="Count every 'line' event in frames whose f_code is func.__code__. The "
                      "global trace function must return a local trace function for those frames.")


def check_only_its_own_lines():
    """lines of other functions it calls are not counted"""
    tool = learner_module()
    samples = _extra()
    result, hits = call(tool.line_hits, samples.uses_helper, [1, 2, 3]).value
    expect_equal(result, [2, 4, 6], hint="Pass the arguments on to func.")
    expect_equal(hits, reference_hits(samples.uses_helper, [1, 2, 3]),
                 hint="helper's lines belong to another code object. Return None from the global "
                      "trace function for frames that aren't running func's code.")


def check_recursion_and_keywords():
    """recursive calls count too, and keyword arguments are passed on"""
    tool = learner_module()
    samples = _extra()
    result, hits = call(tool.line_hits, samples.factorial, 5).value
    expect_equal(result, 120, hint="Return the result of the call.")
    expect_equal(hits, reference_hits(samples.factorial, 5),
                 hint="Each recursive call runs the same code object in a new frame; count them all.")
    result, _ = call(tool.line_hits, samples.clamp, 50, high=20).value
    expect_equal(result, 20, hint="Pass **kwargs on to func as well.")


def check_restores_the_tracer():
    """the previous trace function is put back, also after an exception"""
    tool = learner_module()
    samples = _extra()

    def outer_tracer(frame, event, arg):
        return None

    sys.settrace(outer_tracer)
    try:
        call(tool.line_hits, samples.clamp, 3)
        after_success = sys.gettrace()
        outcome = capture(tool.line_hits, samples.explode, 1)
        after_failure = sys.gettrace()
    finally:
        sys.settrace(None)
    expect(after_success is outer_tracer, "after line_hits, the trace function was {!r}".format(after_success),
           hint="Save sys.gettrace() before calling sys.settrace, and put it back afterwards.")
    expect_isinstance(outcome.exception, RuntimeError,
                      hint="Let the function's exception propagate; don't catch it.")
    expect(after_failure is outer_tracer, "after an exception, the trace function was not restored",
           hint="Restore it in a finally block.")
