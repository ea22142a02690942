"""Checks for the `greet` milestone: day0/hello.py."""
from pymastery import call, expect_equal, expect_isinstance, fail, learner_module

RETURN_HINT = (
    "greet returned None, which is what a function gives back when it has no return statement. "
    "End greet with return f\"Hello, {cleaned}!\" instead of printing: a returned value can be "
    "tested and reused."
)


def _greet(hello, *args):
    """Call the learner's greet and fail early, with the right hint, if it returns None."""
    result = call(hello.greet, *args)
    if result.value is None:
        fail("greet(%s) returned None" % ", ".join(repr(a) for a in args), hint=RETURN_HINT)
    return result.value


def check_returns_a_string():
    """greet returns its text instead of printing it"""
    hello = learner_module()
    result = call(hello.greet, "Ada")
    expect_isinstance(result.value, str, hint=RETURN_HINT)
    expect_equal(
        result.stdout, "",
        hint="greet should not print anything itself. Leave printing to main().",
    )


def check_uses_the_name():
    """greet("Ada") gives "Hello, Ada!" """
    hello = learner_module()
    expect_equal(
        _greet(hello, "Ada"), "Hello, Ada!",
        hint="Match the text exactly: capital H, a comma and a space after Hello, "
             "and an exclamation mark at the end.",
    )
    expect_equal(
        _greet(hello, "Grace Hopper"), "Hello, Grace Hopper!",
        hint="Spaces inside the name are part of the name. Only strip the ends.",
    )


def check_default_name():
    """greet() with no argument greets the world"""
    hello = learner_module()
    expect_equal(
        _greet(hello), "Hello, world!",
        hint="Give the parameter a default value: def greet(name: str = \"world\").",
    )


def check_strips_padding():
    """greet strips spaces around the name"""
    hello = learner_module()
    expect_equal(
        _greet(hello, "  Ada  "), "Hello, Ada!",
        hint="Call name.strip() before you use the name. Text typed by people often has stray "
             "spaces.",
    )
    expect_equal(
        _greet(hello, "\tLin\n"), "Hello, Lin!",
        hint="str.strip() with no argument removes tabs and newlines as well as spaces.",
    )


def check_blank_name_falls_back():
    """a blank name falls back to "world" """
    hello = learner_module()
    expect_equal(
        _greet(hello, ""), "Hello, world!",
        hint="An empty string is falsy, so `cleaned = name.strip() or \"world\"` does the "
             "fallback in one line.",
    )
    expect_equal(
        _greet(hello, "    "), "Hello, world!",
        hint="Strip first, then test for emptiness: \"    \".strip() is \"\".",
    )


def check_main_prints_the_greeting():
    """main(["Ada"]) prints the greeting and returns 0"""
    hello = learner_module()
    result = call(hello.main, ["Ada"])
    expect_equal(
        result.stdout, "Hello, Ada!\n",
        hint="In main(), print(greet(argv[0])) when argv has at least one item.",
    )
    expect_equal(
        result.value, 0,
        hint="main should end with return 0; the last line of the file turns that into the exit "
             "status.",
    )


def check_main_without_arguments():
    """main([]) prints the default greeting"""
    hello = learner_module()
    result = call(hello.main, [])
    expect_equal(
        result.stdout, "Hello, world!\n",
        hint="With an empty argv there is no argv[0]. Test `if argv:` and call greet() with no "
             "argument otherwise.",
    )
