"""Checks for the `bank-tests` milestone: type hints throughout banking.py, and tests in
test_banking.py that pass on the learner's code and fail on copies with one rule broken."""
from pymastery import learner_tests
from pymastery.track import type_hints


TESTS = ["week1/day5/test_banking.py"]
CODE = ["week1/day5/banking.py"]

_WRAP = """
def wrap_everywhere(bank, name, make):
    for cls in (bank.Account, bank.SavingsAccount, bank.CheckingAccount):
        if name in vars(cls):
            setattr(cls, name, make(vars(cls)[name]))
"""

SILENT_SAVINGS = _WRAP + """
def mutate(bank):
    def make(working):
        def withdraw(self, amount):
            try:
                return working(self, amount)
            except bank.InsufficientFundsError:
                return self.balance
        return withdraw
    working = bank.SavingsAccount.withdraw
    bank.SavingsAccount.withdraw = make(working)
"""

NEGATIVE_DEPOSITS = _WRAP + """
def mutate(bank):
    def make(working):
        def deposit(self, amount):
            if isinstance(amount, (int, float)) and amount <= 0:
                return self.balance
            return working(self, amount)
        return deposit
    wrap_everywhere(bank, "deposit", make)
"""

NO_WITHDRAW_HISTORY = _WRAP + """
def mutate(bank):
    def make(working):
        return property(lambda self: [t for t in working.fget(self) if t.kind != "withdraw"])
    wrap_everywhere(bank, "history", make)
"""

HALF_TRANSFER = """
def mutate(bank):
    def transfer(self, from_number, to_number, amount):
        self.get(to_number).deposit(amount)
        self.get(from_number).withdraw(amount)
    bank.AccountManager.transfer = transfer
"""

EQUAL_BY_OWNER = _WRAP + """
def mutate(bank):
    bank.Account.__eq__ = lambda self, other: isinstance(other, bank.Account) and self.owner == other.owner
    bank.Account.__hash__ = lambda self: hash(self.owner)
    for cls in (bank.SavingsAccount, bank.CheckingAccount):
        for name in ("__eq__", "__hash__"):
            if name in vars(cls):
                delattr(cls, name)
"""

_runs = {}


def _run(mutation=None):
    if mutation not in _runs:
        _runs[mutation] = learner_tests.run_tests(TESTS, CODE, mutation)
    return _runs[mutation]


def _caught(mutation, broken, hint):
    helper = learner_tests
    helper.require_tests(_run(), TESTS[0], hint="Write test_ functions first.")
    helper.expect_caught(_run(mutation), broken, hint=hint)


def check_type_hints_throughout():
    """every function and method in banking.py has type hints"""
    type_hints.expect_hints_everywhere(CODE[0])


def check_has_tests():
    """test_banking.py has tests that run"""
    run = _run()
    learner_tests.require_tests(run, TESTS[0], hint="Fill in the starter's tests.")
    if run.note:
        print(run.note)


def check_passes_on_your_code():
    """every test passes on your own banking.py"""
    helper = learner_tests
    helper.require_tests(_run(), TESTS[0], hint="Write test_ functions first.")
    helper.expect_all_pass(_run(), "your week1/day5/banking.py",
                           hint="Run the test file yourself to see the whole failure.")


def check_catches_silent_savings():
    """the tests fail when an overdrawn savings account says nothing"""
    _caught(SILENT_SAVINGS, "SavingsAccount.withdraw quietly refused instead of raising",
            hint="Assert with pytest.raises(InsufficientFundsError) that a savings account "
                 "refuses to go below zero.")


def check_catches_negative_deposits():
    """the tests fail when bad amounts are quietly ignored"""
    _caught(NEGATIVE_DEPOSITS, "deposit ignored a zero or negative amount instead of raising",
            hint="Assert that deposit(0) or deposit(-5) raises ValueError.")


def check_catches_missing_history():
    """the tests fail when withdrawals vanish from the history"""
    _caught(NO_WITHDRAW_HISTORY, "history left out every withdrawal",
            hint="Deposit and withdraw, then assert on the kinds and amounts in history.")


def check_catches_half_transfers():
    """the tests fail when a failed transfer leaves money behind"""
    _caught(HALF_TRANSFER, "transfer deposited first, so a failed withdrawal left the money "
                           "in the target account",
            hint="Try a transfer that must fail (too large an amount) and assert both balances "
                 "are unchanged.")


def check_catches_equality_by_owner():
    """the tests fail when accounts compare equal by owner"""
    _caught(EQUAL_BY_OWNER, "two accounts of the same owner compared equal",
            hint="Assert that two accounts with different numbers are not equal, even with the "
                 "same owner.")
