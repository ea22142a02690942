"""Milestone: recognise incomplete input (repl/reader.py, classify)."""
from pymastery import call, expect_equal, learner_module


def _expect_state(reader, source, state, hint=None):
    """Fails unless classify(source) returns `state`."""
    got = call(reader.classify, source).value
    expect_equal(got, state, "classify(%r) returned %r, but it should be %r" % (source, got, state),
                 hint=hint)


def check_block_openers_need_more():
    """A line that opens a block needs more lines"""
    reader = learner_module()
    for source in [
        "def greet(name):",
        "for i in range(3):",
        "class Point:",
        "if x > 0:",
        "while True:",
        "@decorator",
    ]:
        _expect_state(reader, source, "incomplete")


def check_open_brackets_and_strings_need_more():
    """Open brackets and unfinished strings need more lines"""
    reader = learner_module()
    for source in ["(1, 2,", "print('hi'", "x = [1,\n", '"""a docstring', "{'a': 1,"]:
        _expect_state(reader, source, "incomplete")


def check_block_ends_at_blank_line():
    """A block stays open until the blank line"""
    reader = learner_module()
    body = "def f():\n    return 1"
    _expect_state(reader, body, "incomplete",
                  hint="A block stays open after its body: the next line could add to it.")
    _expect_state(reader, body + "\n", "complete",
                  hint="The blank line the user types (ending the source with a newline) closes "
                       "the block.")
    _expect_state(reader, "if x:\n    pass\nelse:", "incomplete",
                  hint="An 'else:' reopens the block.")


def check_whole_input_is_complete():
    """Finished input is complete"""
    reader = learner_module()
    for source in ["1 + 2", "x = 5", "import math", "print('hi')", "[1,\n 2]", "# a comment"]:
        _expect_state(reader, source, "complete")


def check_hopeless_input_is_invalid():
    """Input no further line can fix is invalid"""
    reader = learner_module()
    for source in ["1 +* 2", ")", "1 2", "x =", "def f():\n  return 1\n return 2"]:
        _expect_state(reader, source, "invalid",
                      hint="Catch SyntaxError (IndentationError is one), OverflowError and "
                           "ValueError and return 'invalid'.")


def check_compiles_but_never_runs():
    """classify() compiles the input but never runs it"""
    reader = learner_module()
    result = call(reader.classify, "print('side effect')")
    expect_equal(result.stdout, "", hint="classify() must only compile the input, never run it.")
    expect_equal(result.value, "complete")
    _expect_state(reader, "1 / 0", "complete",
                  hint="1 / 0 is complete input; it only fails when run.")
    _expect_state(reader, "undefined_name", "complete",
                  hint="Names are looked up when code runs.")


def check_returns_the_module_constants():
    """The three states keep their names"""
    reader = learner_module()
    expect_equal((reader.COMPLETE, reader.INCOMPLETE, reader.INVALID),
                 ("complete", "incomplete", "invalid"),
                 hint="Keep the three constants at the top of reader.py as they are.")
