"""Checks for the `dunders` milestone: __str__, __repr__, __eq__ and __hash__."""
from pymastery import call, expect, expect_equal, expect_in, learner_module

CODE = "week1/day5/banking.py"


def check_str():
    """str() shows the kind, number, owner and balance with two decimals"""
    bank = learner_module(CODE)
    text = call(str, call(bank.SavingsAccount, "Ada Lovelace", "S-17", 120.5).value).value
    for part in ("SavingsAccount", "S-17", "Ada Lovelace", "120.50"):
        expect_in(part, text, hint="Format the balance with :.2f and use type(self).__name__ for "
                                   "the kind, so subclasses need no __str__ of their own.",
                  at="Account")


def check_repr():
    """repr() looks like the call that would build the account"""
    bank = learner_module(CODE)
    text = call(repr, call(bank.CheckingAccount, "Bo", "C-2", 30).value).value
    expect(text.startswith("CheckingAccount("), "repr should start with CheckingAccount(, got %r." % text,
           hint="Use type(self).__name__ and parentheses.", at="Account")
    for part in ("'Bo'", "'C-2'", "30"):
        expect_in(part, text, hint="Show each field with !r, so strings keep their quotes.",
                  at="Account")


def check_equality():
    """accounts are equal when they have the same class and number"""
    bank = learner_module(CODE)
    first = call(bank.SavingsAccount, "Ada", "S-1", 10).value
    same_number = call(bank.SavingsAccount, "Ada L.", "S-1", 99).value
    other_number = call(bank.SavingsAccount, "Ada", "S-2", 10).value
    other_kind = call(bank.CheckingAccount, "Ada", "S-1", 10).value
    expect(first == same_number, "Two SavingsAccounts numbered S-1 should be equal.",
           hint="Compare the numbers, not the balances or owners.", at="Account")
    expect(not (first == other_number), "Accounts S-1 and S-2 should not be equal.", at="Account")
    expect(not (first == other_kind), "A SavingsAccount and a CheckingAccount should not be equal.",
           hint="Compare type(self) and type(other) too.", at="Account")
    expect(first != "S-1", "An account should not equal a string.",
           hint="For objects that are not accounts, return NotImplemented.", at="Account")


def check_hash():
    """equal accounts hash alike, so they work in sets and as dict keys"""
    bank = learner_module(CODE)
    first = call(bank.SavingsAccount, "Ada", "S-1", 10).value
    again = call(bank.SavingsAccount, "Ada", "S-1", 20).value
    expect_equal(call(hash, first).value, call(hash, again).value,
                 hint="Defining __eq__ removes the inherited __hash__. Define __hash__ from the "
                      "same fields __eq__ compares.", at="Account")
    expect_equal(len({first, again}), 1, at="Account")
