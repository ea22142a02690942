"""Milestone: recognise incomplete input (checks written as pytest-style test functions)."""

from pymastery import call, learner_module

TARGET = "repl/reader.py"


def _classify(source):
    reader = learner_module(TARGET)
    return call(reader.classify, source).value


def test_block_openers_need_more():
    """A line that opens a block needs more lines"""
    for source in [
        "def greet(name):",
        "for i in range(3):",
        "class Point:",
        "if x > 0:",
        "while True:",
        "@decorator",
    ]:
        assert _classify(source) == "incomplete", f"classify({source!r}) should be 'incomplete'"


def test_open_brackets_and_strings_need_more():
    """Open brackets and unfinished strings need more lines"""
    for source in ["(1, 2,", "print('hi'", "x = [1,\n", '"""a docstring', "{'a': 1,"]:
        assert _classify(source) == "incomplete", f"classify({source!r}) should be 'incomplete'"


def test_block_ends_at_blank_line():
    """A block stays open until the blank line"""
    body = "def f():\n    return 1"
    assert _classify(body) == "incomplete", (
        "a block stays open after its body: the next line could add to it"
    )
    assert _classify(body + "\n") == "complete", (
        "the blank line the user types (ending the source with a newline) closes the block"
    )
    assert _classify("if x:\n    pass\nelse:") == "incomplete", "an 'else:' reopens the block"


def test_whole_input_is_complete():
    """Finished input is complete"""
    for source in ["1 + 2", "x = 5", "import math", "print('hi')", "[1,\n 2]", "# a comment"]:
        assert _classify(source) == "complete", f"classify({source!r}) should be 'complete'"


def test_hopeless_input_is_invalid():
    """Input no further line can fix is invalid"""
    for source in ["1 +* 2", ")", "1 2", "x =", "def f():\n  return 1\n return 2"]:
        assert _classify(source) == "invalid", (
            f"classify({source!r}) should be 'invalid'; catch SyntaxError (IndentationError "
            "is one), OverflowError and ValueError and return 'invalid'"
        )


def test_compiles_but_never_runs():
    """classify() compiles the input but never runs it"""
    reader = learner_module(TARGET)
    result = call(reader.classify, "print('side effect')")
    assert result.stdout == "", "classify() must only compile the input, never run it"
    assert result.value == "complete"
    assert _classify("1 / 0") == "complete", "1 / 0 is complete input; it only fails when run"
    assert _classify("undefined_name") == "complete", "names are looked up when code runs"


def test_returns_the_module_constants():
    """The three states keep their names"""
    reader = learner_module(TARGET)
    assert (reader.COMPLETE, reader.INCOMPLETE, reader.INVALID) == (
        "complete",
        "incomplete",
        "invalid",
    ), "keep the three constants at the top of reader.py as they are"
