"""Checks for the `account-types` milestone: SavingsAccount and CheckingAccount."""
from pymastery import call, expect, expect_equal, expect_raises, learner_module

CODE = "week1/day5/banking.py"


def check_both_are_accounts():
    """both kinds are Accounts"""
    bank = learner_module(CODE)
    for name in ("SavingsAccount", "CheckingAccount"):
        expect(issubclass(getattr(bank, name), bank.Account), "%s must subclass Account." % name,
               at=name)


def check_savings_never_below_zero():
    """a savings account cannot be overdrawn"""
    bank = learner_module(CODE)
    savings = call(bank.SavingsAccount, "Ada", "S-1", 50).value
    expect_equal(call(savings.withdraw, 50).value, 0, hint="Taking out everything is allowed.",
                 at="SavingsAccount")
    expect_raises(bank.InsufficientFundsError, savings.withdraw, 0.01,
                  hint="can_withdraw for savings: the amount may not exceed the balance.",
                  at="SavingsAccount")
    expect_equal(savings.balance, 0, at="SavingsAccount")


def check_interest():
    """add_interest deposits balance times the rate"""
    bank = learner_module(CODE)
    savings = call(bank.SavingsAccount, "Ada", "S-1", 200, interest_rate=0.05).value
    expect_equal(call(savings.add_interest).value, 10.0, hint="200 * 0.05 is 10; return it.",
                 at="SavingsAccount.add_interest")
    expect_equal(savings.balance, 210.0, at="SavingsAccount.add_interest")
    default = call(bank.SavingsAccount, "Bo", "S-2", 100).value
    expect_equal(call(default.add_interest).value, 1.0, hint="The default rate is 0.01.",
                 at="SavingsAccount.add_interest")
    empty = call(bank.SavingsAccount, "Cy", "S-3").value
    expect_equal(call(empty.add_interest).value, 0, at="SavingsAccount.add_interest")
    expect_equal(empty.balance, 0, at="SavingsAccount.add_interest")


def check_checking_overdraft():
    """a checking account may go down to minus its overdraft limit"""
    bank = learner_module(CODE)
    checking = call(bank.CheckingAccount, "Ada", "C-1", 20, overdraft_limit=50).value
    expect_equal(call(checking.withdraw, 70).value, -50,
                 hint="can_withdraw for checking: balance - amount may go down to -overdraft_limit.",
                 at="CheckingAccount")
    expect_raises(bank.InsufficientFundsError, checking.withdraw, 1, at="CheckingAccount")
    expect_equal(checking.balance, -50, at="CheckingAccount")
    default = call(bank.CheckingAccount, "Bo", "C-2").value
    expect_equal(call(default.withdraw, 100).value, -100, hint="The default overdraft limit is 100.",
                 at="CheckingAccount")
    expect_raises(bank.InsufficientFundsError, default.withdraw, 1, at="CheckingAccount")


def check_subclasses_reuse_the_base():
    """the subclasses keep what Account does (owner, number, validation)"""
    bank = learner_module(CODE)
    for cls in (bank.SavingsAccount, bank.CheckingAccount):
        account = call(cls, "Ada", "X-1", 10).value
        expect_equal((account.owner, account.number, account.balance), ("Ada", "X-1", 10),
                     hint="Call super().__init__(owner, number, balance) in the subclass's __init__.",
                     at=cls.__name__)
        expect_raises(ValueError, account.deposit, -1, at=cls.__name__)
