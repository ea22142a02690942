"""Checks for the `repl` milestone (week1/repl.py, which uses week1/calculator.py)."""
from pymastery import call, expect, expect_equal, expect_in, learner_module, run_script


def _session():
    return call(learner_module().Session).value


def _run(session, line):
    return call(session.run_line, line).value


def check_expressions():
    """an expression shows its value"""
    session = _session()
    expect_equal(_run(session, "6 * 7"), "42", hint="Return str(calculate(line, self.variables)).")
    expect_equal(_run(session, "   "), None, hint="A blank line shows nothing: return None.")


def check_assignment():
    """name = expression stores a value and shows nothing"""
    session = _session()
    expect_equal(_run(session, "width = 3 + 4"), None,
                 hint="An assignment shows nothing: return None after storing the value.")
    expect_equal(_run(session, "width * 2"), "14",
                 hint="Store the value in self.variables and pass that dict to calculate().")
    _run(session, "width = width + 1")
    expect_equal(_run(session, "width"), "8",
                 hint="Work out the right-hand side before storing it, using the old value.")


def check_vars_and_del():
    """vars lists the variables, del forgets one"""
    session = _session()
    expect_equal(_run(session, "vars"), "(no variables)")
    _run(session, "b = 2")
    _run(session, "a = 1")
    expect_equal(_run(session, "vars"), "a = 1\nb = 2",
                 hint="One `name = value` line per variable, sorted by name, joined with newlines.")
    expect_equal(_run(session, "del a"), None)
    expect_equal(_run(session, "vars"), "b = 2", hint="`del a` removes 'a' from self.variables.")
    expect(_run(session, "del a").startswith("error:"),
           "`del a` of a variable that no longer exists should show an error",
           hint="Deleting an unknown name is an error too.")


def check_errors_are_shown():
    """errors show `error: ...` and the session goes on"""
    session = _session()
    for line in ["nope + 1", "1 / 0", "3 +", "2x = 4", "if = 3", "vars = 2", "x = ", "= 5"]:
        shown = _run(session, line)
        expect(isinstance(shown, str) and shown.startswith("error:"),
               f"run_line({line!r}) returned {shown!r}; expected a text starting with 'error:'",
               hint="Wrap the work in try/except for ValueError, NameError and ZeroDivisionError "
                    "and return f\"error: {exc}\". Check the name of an assignment with "
                    "str.isidentifier() and the keyword module.")
    expect_equal(_run(session, "vars"), "(no variables)",
                 hint="A line that fails must not leave a variable behind.")


def check_failed_assignment_keeps_old_value():
    """a failed assignment leaves the old value"""
    session = _session()
    _run(session, "x = 5")
    expect(_run(session, "x = x / 0").startswith("error:"), "x = x / 0 should show an error")
    expect_equal(_run(session, "x"), "5",
                 hint="Work out the value first and only then store it.")


def check_program_loop():
    """python week1/repl.py reads lines until the end of input"""
    run = run_script(stdin="r = 2\nr * r * 3\nnope\nvars\n")
    expect_equal(run.exit_code, 0,
                 hint="input() raises EOFError at the end of input: catch it and leave the loop.")
    expect_in("12", run.stdout.split(), hint="Print what run_line returns when it is not None.")
    expect_in("error:", run.stdout, hint="An error is printed too, and the loop goes on.")
    expect_in("r = 2", run.stdout, hint="`vars` after an error still works: the loop went on.")


def check_program_quit():
    """`quit` ends the program"""
    run = run_script(stdin="1 + 1\nquit\n99 + 1\n")
    expect_equal(run.exit_code, 0)
    expect_in("2", run.stdout.split())
    expect(" 100" not in " " + " ".join(run.stdout.split()),
           "the program went on after `quit`", hint="Leave the loop as soon as the line is `quit`.")
