"""Milestone: evaluate one line of REPL input (repl/evaluator.py, evaluate)."""
from pymastery import (
    call,
    capture,
    expect,
    expect_equal,
    expect_isinstance,
    learner_module,
)


def check_expression_value():
    """An expression gives back its value"""
    ev = learner_module()
    expect_equal(
        call(ev.evaluate, "1 + 2", {}).value,
        3,
        hint="For an expression, compile it in 'eval' mode and return what eval() gives you.",
    )
    expect_equal(
        call(ev.evaluate, "'py' * 2", {}).value,
        "pypy",
        hint="Return the value itself, not its repr(): printing is the loop's job.",
    )
    expect_equal(
        call(ev.evaluate, "[n * n for n in range(4)]", {}).value,
        [0, 1, 4, 9],
        hint="Any expression, including a comprehension, should come back as a value.",
    )


def check_expression_is_silent():
    """Evaluating an expression prints nothing"""
    ev = learner_module()
    result = call(ev.evaluate, "40 + 2", {})
    expect_equal(
        result.stdout,
        "",
        hint="Mode 'single' prints the value through sys.displayhook and returns None. "
        "Use 'eval' for expressions so the value is returned instead of printed.",
    )
    expect_equal(result.value, 42, hint="The value 42 should be returned, not printed.")


def check_statement_returns_none():
    """A statement returns None and its effect lands in the namespace"""
    ev = learner_module()
    namespace = {}
    result = call(ev.evaluate, "x = 5", namespace)
    expect(
        result.value is None,
        f"evaluate('x = 5') returned {result.value!r}, expected None",
        hint="An assignment is not an expression: compiling it in 'eval' mode raises "
        "SyntaxError. Catch that, compile in 'exec' mode, run it, and return None.",
    )
    expect_equal(
        namespace.get("x"),
        5,
        hint="Pass the namespace dict to exec() as its globals so the new name is stored there.",
    )


def check_namespace_persists():
    """Names defined in one call are visible in the next"""
    ev = learner_module()
    namespace = {}
    call(ev.evaluate, "x = 5", namespace)
    expect_equal(
        call(ev.evaluate, "x * 2", namespace).value,
        10,
        hint="Use the same dict as globals for eval() and exec(); don't copy it or make a new one.",
    )
    call(ev.evaluate, "import math", namespace)
    expect_equal(
        call(ev.evaluate, "math.sqrt(16)", namespace).value,
        4.0,
        hint="An import is a statement; the module name it binds must stay in the namespace.",
    )


def check_separate_namespaces():
    """Two namespaces do not share names"""
    ev = learner_module()
    first, second = {}, {}
    call(ev.evaluate, "secret = 1", first)
    outcome = capture(ev.evaluate, "secret", second)
    expect_isinstance(
        outcome.exception,
        NameError,
        hint="Evaluate in the dict you were given. Storing names in a module-level dict, or "
        "in evaluator.py's own globals, makes every session share them.",
    )


def check_multiline_statements():
    """Multi-line definitions and loops run as statements"""
    ev = learner_module()
    namespace = {}
    result = call(ev.evaluate, "def double(n):\n    return n * 2\n", namespace)
    expect(
        result.value is None,
        f"a def returned {result.value!r}, expected None",
        hint="A def is a statement: compile it in 'exec' mode and return None.",
    )
    expect_equal(
        call(ev.evaluate, "double(21)", namespace).value,
        42,
        hint="The function defined by the previous call should be callable in the next one.",
    )
    namespace["total"] = 0
    call(ev.evaluate, "for n in range(4):\n    total += n\n", namespace)
    expect_equal(
        namespace["total"],
        6,
        hint="The for loop should run once, updating 'total' in the namespace.",
    )


def check_functions_see_earlier_names():
    """A function defined at the prompt can use names defined before it"""
    ev = learner_module()
    namespace = {}
    call(ev.evaluate, "rate = 0.2", namespace)
    call(ev.evaluate, "def with_tax(amount):\n    return round(amount * (1 + rate), 2)\n",
         namespace)
    call(ev.evaluate, "def total(prices):\n    return sum(with_tax(p) for p in prices)\n",
         namespace)
    outcome = capture(ev.evaluate, "total([50, 10])", namespace)
    expect(
        outcome.exception is None,
        "after 'rate = 0.2' and two functions, total([50, 10]) raised "
        f"{type(outcome.exception).__name__}: {outcome.exception}",
        hint="A function looks names up in its globals, and its globals are the dict that was "
        "the globals of the exec() that defined it. Pass the namespace as the globals and no "
        "separate locals dict, so every name typed at the prompt lands in that one dict.",
    )
    expect_equal(outcome.value, 72.0,
                 hint="total([50, 10]) adds with_tax(50) and with_tax(10).")


def check_runs_once():
    """Input is run exactly once, even when it fails"""
    ev = learner_module()
    namespace = {"items": []}
    result = call(ev.evaluate, "items.append(1)", namespace)
    expect_equal(
        namespace["items"],
        [1],
        hint="The code ran more than once. Decide between 'eval' and 'exec' by compiling, "
        "which never runs anything, rather than by trying eval() and then exec().",
    )
    expect(
        result.value is None,
        f"items.append(1) returned {result.value!r}, expected None",
        hint="list.append returns None, so the expression's value is None.",
    )
    namespace = {"log": []}
    outcome = capture(ev.evaluate, "log.append('ran') or 1 / 0", namespace)
    expect_isinstance(
        outcome.exception,
        ZeroDivisionError,
        hint="Don't catch errors raised by the code itself; let them propagate to the caller.",
    )
    expect_equal(
        namespace["log"],
        ["ran"],
        hint="Only SyntaxError from compile() should send you to 'exec' mode. Catching every "
        "exception from eval() runs the input a second time.",
    )
    printed = call(ev.evaluate, "print('hello')", {})
    expect_equal(printed.stdout, "hello\n", hint="print('hello') should print exactly once.")


def check_syntax_error_propagates():
    """Invalid code raises SyntaxError compiled from <repl>"""
    ev = learner_module()
    outcome = capture(ev.evaluate, "1 +* 2", {})
    expect_isinstance(
        outcome.exception,
        SyntaxError,
        hint="When both 'eval' and 'exec' compiling fail, let the SyntaxError from the "
        "'exec' attempt propagate; the error formatter will deal with it.",
    )
    expect_equal(
        getattr(outcome.exception, "filename", None),
        "<repl>",
        hint="Pass REPL_FILENAME as the second argument of compile().",
    )


def check_runtime_error_is_clean():
    """A runtime error comes from <repl> and is not chained to a SyntaxError"""
    ev = learner_module()
    outcome = capture(ev.evaluate, "y = 1 / 0", {})
    exc = outcome.exception
    expect_isinstance(
        exc,
        ZeroDivisionError,
        hint="Errors raised while the code runs belong to the caller: don't catch them.",
    )
    expect(
        exc.__context__ is None,
        f"the ZeroDivisionError is chained to {exc.__context__!r}",
        hint="exec() ran inside the 'except SyntaxError' block, so Python attached the "
        "eval-mode SyntaxError as __context__ and the traceback would show both. Leave "
        "the except block first (use 'pass' or 'else'), then compile and exec.",
    )
    files = []
    tb = exc.__traceback__
    while tb is not None:
        files.append(tb.tb_frame.f_code.co_filename)
        tb = tb.tb_next
    expect(
        "<repl>" in files,
        f"no traceback frame has the file name '<repl>' (frames: {files})",
        hint="Compile with REPL_FILENAME as the file name so the error formatter can find "
        "where the learner's input starts.",
    )
