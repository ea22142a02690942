"""Checks for the `calculator` milestone (week1/calculator.py)."""
from pymastery import call, expect, expect_equal, expect_raises, learner_module


def _value(expression, variables=None):
    module = learner_module()
    if variables is None:
        return call(module.calculate, expression).value
    return call(module.calculate, expression, variables).value


def check_single_operations():
    """calculate adds, subtracts, multiplies and divides"""
    for expression, expected in [("2 + 3", 5), ("10 - 4", 6), ("6 * 7", 42), ("7 / 2", 3.5),
                                 ("42", 42), ("  1.5+1 ", 2.5)]:
        expect_equal(_value(expression), expected, message=f"calculate({expression!r})",
                     hint="Turn the text into tokens first (numbers and operators), then combine them.")


def check_whole_numbers_stay_ints():
    """numbers without a decimal point stay ints"""
    value = _value("2 + 3 * 4")
    expect(type(value) is int, f"calculate('2 + 3 * 4') returned {value!r}, a {type(value).__name__}",
           hint="Read '12' with int() and '1.5' with float(): only a '.' makes a float.")


def check_precedence():
    """* and / come before + and -"""
    for expression, expected in [("2 + 3 * 4", 14), ("2 * 3 + 4", 10), ("1 + 8 / 4 - 1", 2.0),
                                 ("10 - 2 * 3 - 1", 3)]:
        expect_equal(_value(expression), expected, message=f"calculate({expression!r})",
                     hint="Give each level of precedence its own function: a sum is terms joined by "
                          "+ or -, and a term is factors joined by * or /.")


def check_left_to_right():
    """operators of the same level work from left to right"""
    for expression, expected in [("8 - 3 - 2", 3), ("16 / 4 / 2", 2.0), ("1 - 1 + 1", 1)]:
        expect_equal(_value(expression), expected, message=f"calculate({expression!r})",
                     hint="Use a loop (`while the next token is + or -`) rather than recursing on the "
                          "right-hand side, which would group 8 - (3 - 2).")


def check_parentheses_and_signs():
    """parentheses and unary minus work"""
    for expression, expected in [("(2 + 3) * 4", 20), ("2 * (3 + (4 - 1))", 12), ("-5 + 2", -3),
                                 ("-(2 + 3)", -5), ("3 * -2", -6), ("+4", 4), ("((7))", 7)]:
        expect_equal(_value(expression), expected, message=f"calculate({expression!r})",
                     hint="In the function that reads one factor: '(' starts a whole new sum that "
                          "must end at ')', and '-' means minus the factor that follows.")


def check_variables():
    """names are looked up in variables"""
    expect_equal(_value("x * 2 + rate", {"x": 5, "rate": 0.5}), 10.5,
                 hint="A name token is replaced by variables[name].")
    module = learner_module()
    expect_raises(NameError, module.calculate, "x + y", {"x": 1},
                  hint="A name the dict does not hold raises NameError.")
    expect_raises(NameError, module.calculate, "total",
                  hint="Without a variables dict, every name is unknown.")


def check_rejects_bad_input():
    """text that is not an expression raises ValueError"""
    module = learner_module()
    for expression in ["", "   ", "3 4", "2 +", "(1 + 2", "1 + 2)", "4 % 2", "1.2.3", "* 3"]:
        expect_raises(ValueError, module.calculate, expression,
                      message=f"calculate({expression!r}) should raise ValueError",
                      hint="After reading a whole sum, every token must have been used, and at each "
                           "step the next token must be one you expect.")


def check_is_not_eval():
    """only arithmetic is allowed: no eval()"""
    module = learner_module()
    for expression in ["2 ** 3", "'ab' * 2", "abs(-3)", "[1] + [2]"]:
        expect_raises((ValueError, NameError), module.calculate, expression,
                      message=f"calculate({expression!r}) should be refused",
                      hint="eval() runs any Python at all, which a calculator that reads user input "
                           "must never do. Read the tokens yourself.")


def check_division_by_zero():
    """dividing by zero raises ZeroDivisionError"""
    module = learner_module()
    expect_raises(ZeroDivisionError, module.calculate, "1 / (2 - 2)",
                  hint="Python's own / already raises it; don't catch it.")
