"""Milestone: friendly error messages (checks written as unittest.TestCase)."""

import os
import unittest

from pymastery import call, learner_module

TARGET = "repl/errors.py"
THIS_FILE = os.path.basename(__file__)


def raise_in_repl(source):
    """Run ``source`` as if typed into the REPL and return the exception it raises.

    The frame of this function stays at the top of the traceback, just like the
    REPL's own frames would: format_error() must leave it out.
    """
    namespace = {"__name__": "__main__"}
    try:
        exec(compile(source, "<repl>", "exec"), namespace)
    except Exception as exc:  # noqa: BLE001 - any error is what we want here
        return exc
    raise AssertionError(f"{source!r} was expected to raise")


def syntax_error(source):
    try:
        compile(source, "<repl>", "exec")
    except SyntaxError as exc:
        return exc
    raise AssertionError(f"{source!r} was expected to be invalid")


class FormatErrorTests(unittest.TestCase):
    def format(self, exc):
        errors = learner_module(TARGET)
        result = call(errors.format_error, exc)
        self.assertEqual(
            result.stdout,
            "",
            "format_error() should return the text, not print it: the loop prints it",
        )
        self.assertIsInstance(result.value, str, "format_error() should return a str")
        return result.value

    def test_last_line_names_the_error(self):
        """The last line names the error and its message"""
        text = self.format(raise_in_repl("undefined_var"))
        self.assertEqual(
            text.splitlines()[-1],
            "NameError: name 'undefined_var' is not defined",
            "the last line should be 'Type: message', as traceback.format_exception_only gives",
        )

    def test_no_trailing_newline(self):
        """The text has no trailing newline"""
        text = self.format(raise_in_repl("undefined_var"))
        self.assertFalse(
            text.endswith("\n"),
            "the traceback module ends every line with a newline; strip the last one so "
            "print(format_error(exc)) leaves no blank line",
        )

    def test_traceback_header_and_repl_line(self):
        """A runtime error shows a traceback pointing into the input"""
        text = self.format(raise_in_repl("a = 1\nb = 2\nc = a / 0"))
        self.assertTrue(
            text.startswith("Traceback (most recent call last):\n"),
            "a runtime error keeps the usual 'Traceback (most recent call last):' header",
        )
        self.assertIn('File "<repl>", line 3', text, "point at line 3 of the input")

    def test_repl_frames_are_hidden(self):
        """Frames from before the input are left out"""
        text = self.format(raise_in_repl("undefined_var"))
        self.assertNotIn(
            THIS_FILE,
            text,
            "frames that ran before the learner's input (here: the check calling exec) must "
            "be dropped: skip traceback entries until tb_frame.f_code.co_filename is '<repl>'",
        )
        self.assertNotIn("run_checks", text, "the harness's frames must not appear")
        self.assertEqual(
            text.count('File "'),
            1,
            "only one frame belongs to the input 'undefined_var'",
        )

    def test_frames_of_repl_functions_are_kept(self):
        """Frames of functions defined in the REPL are kept, outermost first"""
        text = self.format(raise_in_repl("def half(n):\n    return n / 0\n\nhalf(4)"))
        outer = text.find('File "<repl>", line 4, in <module>')
        inner = text.find('File "<repl>", line 2, in half')
        self.assertNotEqual(outer, -1, "the frame of the call half(4) is missing")
        self.assertNotEqual(inner, -1, "the frame inside half() is missing")
        self.assertLess(outer, inner, "the outermost frame comes first, as in any traceback")
        self.assertEqual(text.splitlines()[-1], "ZeroDivisionError: division by zero")

    def test_library_frames_are_kept(self):
        """Library frames called from the input are kept"""
        text = self.format(raise_in_repl("import json\njson.loads('{')"))
        frames = [line for line in text.splitlines() if line.startswith('  File "')]
        self.assertTrue(
            frames and "<repl>" in frames[0],
            "the traceback should start at the first '<repl>' frame",
        )
        self.assertTrue(
            any("json" in line for line in frames[1:]),
            "keep every frame after the first '<repl>' one, library frames included: the "
            "user needs to see where inside json.loads it failed",
        )
        self.assertIn("JSONDecodeError", text.splitlines()[-1])

    def test_exception_class_defined_in_repl(self):
        """An exception class defined in the REPL is named plainly"""
        text = self.format(raise_in_repl("class Oops(Exception):\n    pass\n\nraise Oops('nope')"))
        self.assertEqual(text.splitlines()[-1], "Oops: nope")

    def test_syntax_error_has_no_traceback(self):
        """A SyntaxError is shown without a traceback"""
        text = self.format(syntax_error("1 +* 2"))
        self.assertNotIn(
            "Traceback",
            text,
            "a SyntaxError happened before any of the input ran: show it with "
            "traceback.format_exception_only, without a traceback",
        )
        self.assertIn('File "<repl>", line 1', text)
        self.assertIn("1 +* 2", text, "show the offending line, as format_exception_only does")
        self.assertTrue(text.splitlines()[-1].startswith("SyntaxError: "))
        self.assertNotIn(THIS_FILE, text)

    def test_indentation_error_is_a_syntax_error(self):
        """An IndentationError is shown like a SyntaxError"""
        text = self.format(syntax_error("if True:\nprint('x')"))
        self.assertNotIn("Traceback", text, "IndentationError is a subclass of SyntaxError")
        self.assertTrue(text.splitlines()[-1].startswith("IndentationError: "))

    def test_exception_without_traceback(self):
        """An exception that was never raised shows one line"""
        text = self.format(ValueError("bad input"))
        self.assertEqual(
            text,
            "ValueError: bad input",
            "an exception that was never raised has no traceback: show only its last line",
        )
