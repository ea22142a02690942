"""Milestone: friendly error messages (repl/errors.py, format_error)."""
import os

from pymastery import (call, capture, expect, expect_equal, expect_in, expect_isinstance,
                       learner_module, skip)

THIS_FILE = os.path.basename(__file__)


def _run_like_the_evaluator(source, namespace):
    exec(compile(source, "<repl>", "exec"), namespace)


def _run_like_the_loop(source):
    namespace = {"__name__": "__main__"}
    _run_like_the_evaluator(source, namespace)


def raise_in_repl(source):
    """Run ``source`` as if typed into the REPL and return the exception it raises.

    Like the real REPL (run_repl calls evaluate, which calls exec), three frames of this
    file come before the input's own: format_error() must leave them all out, however
    many there are.
    """
    try:
        _run_like_the_loop(source)
    except Exception as exc:  # noqa: BLE001 - any error is what we want here
        return exc
    raise RuntimeError(f"{source!r} was expected to raise")


def _frames(text):
    """The 'File "...", line N, in name' lines of a report, outermost first."""
    return [line.strip() for line in text.splitlines() if line.startswith('  File "')]


def syntax_error(source):
    try:
        compile(source, "<repl>", "exec")
    except SyntaxError as exc:
        return exc
    raise RuntimeError(f"{source!r} was expected to be invalid")


def _last_line(text):
    lines = text.splitlines()
    return lines[-1] if lines else ""


def _format(exc):
    """format_error(exc), which must return the text without printing it."""
    errors = learner_module()
    result = call(errors.format_error, exc)
    expect_equal(result.stdout, "",
                 hint="format_error() should return the text, not print it: the loop prints it.")
    expect_isinstance(result.value, str, hint="format_error() should return a str.")
    return result.value


def check_last_line_names_the_error():
    """The last line names the error and its message"""
    text = _format(raise_in_repl("undefined_var"))
    expect_equal(_last_line(text), "NameError: name 'undefined_var' is not defined",
                 hint="The last line should be 'Type: message', as "
                      "traceback.format_exception_only gives.")


def check_no_trailing_newline():
    """The text has no trailing newline"""
    text = _format(raise_in_repl("undefined_var"))
    expect(not text.endswith("\n"), "the text ends with a newline",
           hint="The traceback module ends every line with a newline; strip the last one so "
                "print(format_error(exc)) leaves no blank line.")


def check_traceback_header_and_repl_line():
    """A runtime error shows a traceback pointing into the input"""
    text = _format(raise_in_repl("a = 1\nb = 2\nc = a / 0"))
    expect(text.startswith("Traceback (most recent call last):\n"),
           "the text does not start with 'Traceback (most recent call last):'",
           hint="A runtime error keeps the usual 'Traceback (most recent call last):' header.")
    expect_in('File "<repl>", line 3', text, hint="Point at line 3 of the input.")


def check_repl_frames_are_hidden():
    """Frames from before the input are left out"""
    text = _format(raise_in_repl("undefined_var"))
    expect(THIS_FILE not in text, "the traceback shows a frame from before the input",
           hint="Frames that ran before the learner's input (here: the check calling exec) must "
                "be dropped: skip traceback entries until tb_frame.f_code.co_filename is "
                "'<repl>'.")
    expect("run_checks" not in text, "the traceback shows the harness's frames",
           hint="The harness's frames must not appear.")
    expect_equal(text.count('File "'), 1,
                 hint="Only one frame belongs to the input 'undefined_var'.")


def check_report_starts_at_the_input():
    """The report starts at the line of input, whatever ran before it"""
    text = _format(raise_in_repl("total = 10\nshare = total / 0"))
    frames = _frames(text)
    expect(frames != [], "the report shows no frame at all",
           hint="Keep the traceback from the first '<repl>' frame on.")
    expect(frames[0].startswith('File "<repl>", line 2'),
           f"the report's first frame is {frames[0]!r}, not the input's line 2",
           hint="Don't skip a fixed number of frames: in the real REPL, run_repl and "
                "evaluate both come before the input. Walk tb.tb_next until "
                "tb.tb_frame.f_code.co_filename is REPL_FILENAME.")
    expect_equal(len(frames), 1, hint="Only one frame belongs to this input.")
    for name in ("_run_like_the_loop", "_run_like_the_evaluator", "raise_in_repl"):
        expect(name not in text, f"the report shows the frame of {name}(), which ran before "
               "the input", hint="Every frame before the first '<repl>' one belongs to the "
               "REPL, not to the user: leave them all out.")


def check_report_from_your_own_evaluator():
    """An error raised through your evaluate() is reported from the input on"""
    evaluator = learner_module("repl/evaluator.py")
    probe = capture(evaluator.evaluate, "1", {})
    if isinstance(probe.exception, NotImplementedError):
        skip("evaluate() from the first milestone is not written yet")
    try:
        namespace = {"__name__": "__main__"}
        evaluator.evaluate("def shout(word):\n    return word.upper() + 1\n", namespace)
        evaluator.evaluate("shout('hi')", namespace)
    except TypeError as exc:
        error = exc
    else:
        skip("your evaluate() did not let the TypeError through")
    text = _format(error)
    frames = _frames(text)
    expect(frames and frames[0].startswith('File "<repl>", line 1, in <module>'),
           f"the report starts at {frames[0] if frames else 'no frame'!r}, not at the input",
           hint="The frames of evaluator.py come before the input's: skip every frame until "
                "the first one whose co_filename is REPL_FILENAME.")
    expect("evaluator.py" not in text, "the report shows a frame of evaluator.py",
           hint="evaluate() is the REPL's code, not the user's: leave its frame out.")
    expect_equal(len(frames), 2, hint="Two frames belong to the input: the call shout('hi') "
                 "and the line inside shout.")


def check_frames_of_repl_functions_are_kept():
    """Frames of functions defined in the REPL are kept, outermost first"""
    text = _format(raise_in_repl("def half(n):\n    return n / 0\n\nhalf(4)"))
    outer = text.find('File "<repl>", line 4, in <module>')
    inner = text.find('File "<repl>", line 2, in half')
    expect(outer != -1, "the frame of the call half(4) is missing")
    expect(inner != -1, "the frame inside half() is missing")
    expect(outer < inner, "the frame inside half() comes before the frame that called it",
           hint="The outermost frame comes first, as in any traceback.")
    expect_equal(_last_line(text), "ZeroDivisionError: division by zero")


def check_library_frames_are_kept():
    """Library frames called from the input are kept"""
    text = _format(raise_in_repl("import json\njson.loads('{')"))
    frames = _frames(text)
    expect(frames and frames[0].startswith('File "<repl>"'), "the traceback does not start at the input",
           hint="The traceback should start at the first '<repl>' frame.")
    expect(any("json" in line for line in frames[1:]), "the frames inside json are missing",
           hint="Keep every frame after the first '<repl>' one, library frames included: the "
                "user needs to see where inside json.loads it failed.")
    expect_in("JSONDecodeError", _last_line(text))


def check_exception_class_defined_in_repl():
    """An exception class defined in the REPL is named plainly"""
    text = _format(raise_in_repl("class Oops(Exception):\n    pass\n\nraise Oops('nope')"))
    expect_equal(_last_line(text), "Oops: nope")


def check_syntax_error_has_no_traceback():
    """A SyntaxError is shown without a traceback"""
    text = _format(syntax_error("1 +* 2"))
    expect("Traceback" not in text, "a SyntaxError is shown with a traceback",
           hint="A SyntaxError happened before any of the input ran: show it with "
                "traceback.format_exception_only, without a traceback.")
    expect_in('File "<repl>", line 1', text)
    expect_in("1 +* 2", text, hint="Show the offending line, as format_exception_only does.")
    expect(_last_line(text).startswith("SyntaxError: "),
           "the last line does not start with 'SyntaxError: '")
    expect(THIS_FILE not in text, "the text shows a frame from before the input")


def check_indentation_error_is_a_syntax_error():
    """An IndentationError is shown like a SyntaxError"""
    text = _format(syntax_error("if True:\nprint('x')"))
    expect("Traceback" not in text, "an IndentationError is shown with a traceback",
           hint="IndentationError is a subclass of SyntaxError.")
    expect(_last_line(text).startswith("IndentationError: "),
           "the last line does not start with 'IndentationError: '")


def check_exception_without_traceback():
    """An exception that was never raised shows one line"""
    text = _format(ValueError("bad input"))
    expect_equal(text, "ValueError: bad input",
                 hint="An exception that was never raised has no traceback: show only its last "
                      "line.")
