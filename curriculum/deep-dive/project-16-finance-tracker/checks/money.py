"""Milestone `money`: amounts as Decimal (finance/money.py)."""
import datetime
from decimal import Decimal

from pymastery import call, capture, expect, expect_equal, expect_isinstance, learner_module


def _exact(value, expected, what):
    """Equal, a Decimal, and written with two decimal places."""
    expect_isinstance(value, Decimal, message="%s returned %r, not a Decimal" % (what, value),
                      hint="Build amounts with Decimal(text), never through float(): a float can't hold 0.1 exactly.")
    expect_equal(value, Decimal(expected), message="%s returned %r, expected Decimal(%r)" % (what, value, expected),
                 hint="Decimal('0.1') is exactly one tenth; Decimal(0.1) is the float's long binary approximation.")
    expect_equal(str(value), expected, message="%s returned %r, expected two decimal places: %s" % (
        what, value, expected), hint="quantize(Decimal('0.01'), rounding=ROUND_HALF_UP) gives exactly two places.")


def check_parses_plain_amounts():
    """parse_amount reads plain numbers exactly, to the cent"""
    money = learner_module()
    for text, expected in [("12.34", "12.34"), ("0.1", "0.10"), ("-5", "-5.00"), ("+3.5", "3.50"), (".25", "0.25")]:
        _exact(call(money.parse_amount, text).value, expected, "parse_amount(%r)" % text)


def check_parses_bank_formats():
    """parse_amount ignores currency signs, separators and spaces, and rounds half up"""
    money = learner_module()
    for text, expected in [("1,234.50", "1234.50"), ("$7.05", "7.05"), (" -€1,000 ", "-1000.00"),
                           ("£0.99", "0.99"), ("2.005", "2.01"), ("2.675", "2.68"), ("-0.125", "-0.13")]:
        _exact(call(money.parse_amount, text).value, expected, "parse_amount(%r)" % text)


def check_refuses_non_numbers():
    """parse_amount raises ValueError for text that is not an amount"""
    money = learner_module()
    for text in ["", "abc", "12.3.4", "1e3", "NaN", "Infinity", "--5", "$"]:
        outcome = capture(money.parse_amount, text)
        expect_isinstance(outcome.exception, ValueError,
                          message="parse_amount(%r) %s instead of raising ValueError" % (
                              text, "raised %r" % (outcome.exception,) if outcome.exception
                              else "returned %r" % (outcome.value,)),
                          hint="Decimal() accepts 'NaN', 'Infinity' and '1e3': check the text's shape first (a "
                               "regular expression such as [+-]?digits[.digits]), and turn decimal's "
                               "InvalidOperation into ValueError.")


def check_sums_exactly():
    """total adds amounts without a cent of error"""
    money = learner_module()
    day = datetime.date(2024, 1, 1)

    def tx(amount):
        return money.Transaction(day, "x", Decimal(amount))

    _exact(call(money.total, [tx("0.10"), tx("0.20")]).value, "0.30", "total of 0.10 and 0.20")
    _exact(call(money.total, [tx("0.01")] * 1000).value, "10.00", "total of a thousand times 0.01")
    _exact(call(money.total, [tx("19.99"), tx("-19.99"), tx("0.03")]).value, "0.03", "total of 19.99, -19.99, 0.03")
    _exact(call(money.total, []).value, "0.00", "total([])")
    _exact(call(money.total, iter([tx("1.10"), tx("2.20")])).value, "3.30", "total of an iterator")
    parsed = [call(money.parse_amount, "0.1").value, call(money.parse_amount, "0.2").value]
    expect(sum(parsed) == Decimal("0.3"), "parse_amount('0.1') + parse_amount('0.2') is %r" % (sum(parsed),),
           hint="Go from the text straight to Decimal; a float on the way brings its binary error along.")


def check_formats_money():
    """format_money writes amounts as $1,234.50 and -$5.00"""
    money = learner_module()
    for amount, text in [("1234.5", "$1,234.50"), ("-5", "-$5.00"), ("0", "$0.00"), ("1000000", "$1,000,000.00"),
                         ("-0.5", "-$0.50")]:
        expect_equal(call(money.format_money, Decimal(amount)).value, text,
                     hint="format(value, ',.2f') works on a Decimal too; put the minus sign before the dollar.")
