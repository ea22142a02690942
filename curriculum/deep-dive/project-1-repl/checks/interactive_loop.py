"""Milestone: the interactive loop (repl/loop.py, run_repl).

input(prompt) writes the prompt but never echoes what was typed, so in the captured
output each prompt is directly followed by whatever that input printed.
"""
from pymastery import call, expect, expect_equal, expect_in, learner_module


def _session(stdin, namespace=None):
    loop = learner_module()
    if namespace is None:
        return call(loop.run_repl, stdin=stdin)
    return call(loop.run_repl, namespace, stdin=stdin)


def check_prints_values_with_repr():
    """Values are printed with repr(), statements print nothing"""
    result = _session("1 + 1\nx = 5\nx * 2\n'hi'\nNone\n")
    expect_equal(
        result.stdout,
        ">>> 2\n>>> >>> 10\n>>> 'hi'\n>>> >>> \n",
        hint="Call input('>>> ') for each entry, then print(repr(value)) only when the value "
        "is not None, as sys.displayhook does. At end of input, print() once and return.",
    )


def check_ends_cleanly_on_eof():
    """End of input finishes the session with one newline"""
    result = _session("")
    expect_equal(
        result.stdout,
        ">>> \n",
        hint="input() raises EOFError when there is nothing left: catch it, print() "
        "so the shell's prompt starts on a fresh line, and return.",
    )
    expect_equal(result.value, [], hint="run_repl() returns its history list, empty here.")


def check_multiline_blocks():
    """Blocks and open brackets continue with '... '"""
    stdin = (
        "def greet(name):\n"
        "    return 'Hello, ' + name\n"
        "\n"
        "greet('World')\n"
        "[1,\n"
        " 2]\n"
        "for i in range(2):\n"
        "    print(i)\n"
        "\n"
    )
    result = _session(stdin)
    expect_equal(
        result.stdout,
        ">>> ... ... >>> 'Hello, World'\n>>> ... [1, 2]\n>>> ... ... 0\n1\n>>> \n",
        hint="Keep a buffer of lines. After each line, classify('\\n'.join(buffer)): while it "
        "is 'incomplete', prompt with '... '; otherwise evaluate it and empty the buffer.",
    )


def check_blank_lines_are_skipped():
    """A blank line at the '>>> ' prompt does nothing"""
    result = _session("\n   \n7\n")
    expect_equal(
        result.stdout,
        ">>> >>> >>> 7\n>>> \n",
        hint="When the buffer is empty and the line is blank, prompt again without "
        "evaluating or recording anything.",
    )
    expect_equal(result.value, ["7"], hint="Blank lines are not recorded in the history.")


def check_underscore_holds_last_value():
    """'_' holds the last printed value"""
    result = _session("6 * 7\n_ + 1\nx = 100\n_\n")
    expect_equal(
        result.stdout,
        ">>> 42\n>>> 43\n>>> >>> 43\n>>> \n",
        hint="After printing a value, store it as namespace['_']. A statement (value None) "
        "leaves '_' alone.",
    )


def check_namespace_is_used_and_kept():
    """A namespace passed in is used and keeps the session's names"""
    namespace = {"answer": 42}
    result = _session("answer\nquestion = 'six times seven'\n", namespace)
    expect_equal(
        result.stdout,
        ">>> 42\n>>> >>> \n",
        hint="Use the dict passed as 'namespace' when one is given; make a new one only "
        "when it is None.",
    )
    expect_equal(
        namespace.get("question"),
        "six times seven",
        hint="Evaluate every entry in that one dict so names survive between entries.",
    )
    empty = {}
    _session("y = 7\n", empty)
    expect_equal(
        empty.get("y"),
        7,
        hint="An empty dict passed in must be the one that gets filled. `namespace or {}` "
        "swaps an empty dict for a new one, because an empty dict is false: test "
        "`namespace is None` instead.",
    )
    loop = learner_module()
    fresh = call(loop.run_repl, stdin="x = 1\n")
    expect_equal(fresh.stdout, ">>> >>> \n", hint="Without an argument, start from a new dict.")
    again = call(loop.run_repl, stdin="x\n")
    expect_in(
        "NameError",
        again.stdout + again.stderr,
        hint="Each call of run_repl() without a namespace should start empty: don't use a "
        "mutable default argument like namespace={} (it is shared between calls).",
    )


def check_errors_do_not_end_the_session():
    """Errors are reported and the session goes on"""
    result = _session("1 / 0\n1 +* 2\n2 + 2\n")
    shown = result.stdout + result.stderr
    expect_in(
        "ZeroDivisionError: division by zero",
        shown,
        hint="Wrap the evaluation in try/except Exception and print(format_error(exc)).",
    )
    expect_in("SyntaxError", shown, hint="A SyntaxError is reported like any other error.")
    expect(
        result.stdout.endswith(">>> 4\n>>> \n"),
        f"the session did not go on after the errors: output ends {result.stdout[-40:]!r}",
        hint="After reporting an error, continue the loop with an empty buffer.",
    )
    expect(
        "loop.py" not in shown and "evaluator.py" not in shown,
        "the error report shows a frame of the REPL's own code (loop.py or evaluator.py)",
        hint="Print format_error(exc), which drops the REPL's own frames, rather than "
        "traceback.print_exc().",
    )


def check_history_command():
    """':history' lists past entries"""
    stdin = "1 + 1\ndef f():\n    return 3\n\nf()\n:history\n"
    result = _session(stdin)
    expect_equal(
        result.stdout,
        ">>> 2\n>>> ... ... >>> 3\n>>> 1: 1 + 1\n2: def f():\n3: f()\n>>> \n",
        hint="Append each evaluated entry to a list. ':history' prints '<n>: <first line of "
        "the entry>' numbered from 1 and is not recorded itself.",
    )
    expect_equal(
        result.value,
        ["1 + 1", "def f():\n    return 3", "f()"],
        hint="Record the whole entry, lines joined with '\\n' and trailing white space "
        "stripped (the blank line that closed the block is not part of it).",
    )


def check_history_records_failed_entries():
    """Entries that fail are recorded in the history too"""
    result = _session("1 / 0\n1 +* 2\nz = 3\n:history\n")
    expect_equal(
        result.value,
        ["1 / 0", "1 +* 2", "z = 3"],
        hint="The history is what was typed, not what worked: record each finished entry "
        "before you evaluate it, so an entry that raises is kept as well.",
    )
    expect(
        result.stdout.endswith("1: 1 / 0\n2: 1 +* 2\n3: z = 3\n>>> \n"),
        f"':history' did not list the three entries: output ends {result.stdout[-60:]!r}",
        hint="':history' numbers every recorded entry from 1.",
    )


def check_quit_command():
    """':quit' stops at once, silently"""
    result = _session("x = 3\n:quit\nx\n")
    expect_equal(
        result.stdout,
        ">>> >>> ",
        hint="On ':quit', return the history immediately: nothing after it is read and "
        "nothing more is printed.",
    )
    expect_equal(result.value, ["x = 3"], hint="':quit' is a command, not history.")


def check_unknown_command():
    """An unknown ':' command is reported and the session goes on"""
    result = _session(":frobnicate\n5\n")
    expect_in(
        ":frobnicate",
        result.stdout + result.stderr,
        hint="For any other line starting with ':', print a short message that names the "
        "command, e.g. 'Unknown command :frobnicate (try :history or :quit)'.",
    )
    expect(
        result.stdout.endswith(">>> 5\n>>> \n"),
        f"the session did not go on after the unknown command: {result.stdout!r}",
        hint="Report the unknown command and prompt again.",
    )
    expect_equal(result.value, ["5"], hint="Commands are not recorded in the history.")


def check_eof_inside_a_block():
    """End of input inside an open block ends the session"""
    result = _session("def f():\n")
    expect_equal(
        result.stdout,
        ">>> ... \n",
        hint="EOFError can arrive at the '... ' prompt too: print() and return as usual.",
    )
