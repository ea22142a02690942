"""Checks for the `account-basics` milestone: the abstract Account, deposits and withdrawals."""
from pymastery import call, capture, expect, expect_equal, expect_raises, fail, learner_module

CODE = "week1/day5/banking.py"


def _open_kind(bank):
    """A concrete account of the check's own that allows any withdrawal."""

    class Unlimited(bank.Account):
        def can_withdraw(self, amount):
            return True

    class Never(bank.Account):
        def can_withdraw(self, amount):
            return False

    return Unlimited, Never


def check_account_is_abstract():
    """Account cannot be created on its own, nor can a subclass without can_withdraw"""
    bank = learner_module(CODE)
    outcome = capture(bank.Account, "Ada", "A-1")
    expect(isinstance(outcome.exception, TypeError),
           "Account(\"Ada\", \"A-1\") should raise TypeError because Account is abstract, but %s."
           % ("it created an account" if outcome.exception is None else "it raised %r" % (outcome.exception,)),
           hint="Derive Account from abc.ABC and mark can_withdraw with @abstractmethod.", at="Account")

    class Incomplete(bank.Account):
        pass

    outcome = capture(Incomplete, "Ada", "A-2")
    expect(isinstance(outcome.exception, TypeError),
           "A subclass that does not define can_withdraw could still be created.",
           hint="@abstractmethod on can_withdraw makes every subclass define it.", at="Account")


def check_opening():
    """a new account keeps its owner, number and opening balance"""
    bank = learner_module(CODE)
    Unlimited, _ = _open_kind(bank)
    account = call(Unlimited, "Ada", "A-1", 50).value
    expect_equal((account.owner, account.number, account.balance), ("Ada", "A-1", 50), at="Account")
    expect_equal(call(Unlimited, "Bo", "A-2").value.balance, 0, hint="The balance defaults to 0.",
                 at="Account")
    expect_raises(ValueError, Unlimited, "Cy", "A-3", -1,
                  hint="An account cannot open below zero.", at="Account")


def check_deposit_and_withdraw():
    """deposit and withdraw change the balance and return it"""
    bank = learner_module(CODE)
    Unlimited, _ = _open_kind(bank)
    account = call(Unlimited, "Ada", "A-1", 10).value
    expect_equal(call(account.deposit, 15).value, 25, hint="deposit returns the new balance.",
                 at="Account.deposit")
    expect_equal(call(account.withdraw, 5.5).value, 19.5, hint="withdraw returns the new balance.",
                 at="Account.withdraw")
    expect_equal(account.balance, 19.5, at="Account")


def check_bad_amounts():
    """amounts that are not numbers above zero are refused, and change nothing"""
    bank = learner_module(CODE)
    Unlimited, _ = _open_kind(bank)
    account = call(Unlimited, "Ada", "A-1", 100).value
    for amount in (0, -5, True, "10"):
        for method in (account.deposit, account.withdraw):
            expect_raises(ValueError, method, amount,
                          hint="Check the amount first: it must be an int or float (but not a "
                               "bool) and above zero.", at="Account.%s" % method.__name__)
    expect_equal(account.balance, 100, hint="A refused amount must not change the balance.", at="Account")


def check_withdraw_asks_can_withdraw():
    """withdraw raises InsufficientFundsError when can_withdraw says no"""
    bank = learner_module(CODE)
    _, Never = _open_kind(bank)
    account = call(Never, "Ada", "A-1", 100).value
    expect_raises(bank.InsufficientFundsError, account.withdraw, 1,
                  hint="In withdraw, ask self.can_withdraw(amount) and raise "
                       "InsufficientFundsError when it is False.", at="Account.withdraw")
    expect_equal(account.balance, 100, hint="A refused withdrawal leaves the balance alone.",
                 at="Account.withdraw")


def check_balance_is_read_only():
    """balance can be read but not assigned from outside"""
    bank = learner_module(CODE)
    Unlimited, _ = _open_kind(bank)
    account = call(Unlimited, "Ada", "A-1", 10).value
    try:
        account.balance = 1_000_000
    except AttributeError:
        pass
    else:
        fail("account.balance = 1000000 worked, so anyone can set a balance.",
             hint="Keep the amount in self._balance and expose it with a @property that has no "
                  "setter.", at="Account")
    expect_equal(account.balance, 10, at="Account")
