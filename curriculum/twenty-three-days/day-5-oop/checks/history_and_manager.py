"""Checks for the `history-and-manager` milestone."""
from pymastery import call, capture, expect, expect_equal, expect_raises, fail, learner_module

CODE = "week1/day5/banking.py"


def _kinds(account):
    return [(t.kind, t.amount, t.balance) for t in account.history]


def check_history_records_changes():
    """deposits, withdrawals and interest are recorded with the balance after"""
    bank = learner_module(CODE)
    savings = call(bank.SavingsAccount, "Ada", "S-1", 100, interest_rate=0.1).value
    call(savings.deposit, 50)
    call(savings.withdraw, 30)
    call(savings.add_interest)
    expect_equal(_kinds(savings), [("deposit", 100, 100), ("deposit", 50, 150),
                                    ("withdraw", 30, 120), ("interest", 12.0, 132.0)],
                 hint="Append a Transaction(kind, amount, balance_after) every time the balance "
                      "changes, including the opening deposit.", at="Account")
    expect(all(isinstance(t, bank.Transaction) for t in savings.history),
           "history should hold Transaction tuples.", at="Account")


def check_failures_are_not_recorded():
    """refused operations leave no trace in the history"""
    bank = learner_module(CODE)
    savings = call(bank.SavingsAccount, "Ada", "S-1").value
    capture(savings.withdraw, 10)
    capture(savings.deposit, -3)
    call(savings.add_interest)
    expect_equal(_kinds(savings), [],
                 hint="Record only after every check has passed, and record no interest of 0.",
                 at="Account")


def check_history_is_a_copy():
    """changing the returned history does not change the account"""
    bank = learner_module(CODE)
    checking = call(bank.CheckingAccount, "Bo", "C-1", 5).value
    stolen = checking.history
    stolen.clear()
    expect_equal(len(checking.history), 1, hint="Return list(self._history), a new list each time.",
                 at="Account")


def _manager(bank):
    manager = call(bank.AccountManager).value
    call(manager.open, call(bank.SavingsAccount, "Ada", "S-1", 100).value)
    call(manager.open, call(bank.CheckingAccount, "Bo", "C-1", 10).value)
    return manager


def check_manager_keeps_accounts():
    """open, get, close, len, in and iteration"""
    bank = learner_module(CODE)
    manager = _manager(bank)
    expect_equal(call(len, manager).value, 2, at="AccountManager")
    expect_equal(call(manager.get, "C-1").value.owner, "Bo", at="AccountManager")
    expect("S-1" in manager and "Z-9" not in manager, "`number in manager` does not work.",
           hint="Define __contains__ to look the number up.", at="AccountManager")
    expect_equal(sorted(a.number for a in manager), ["C-1", "S-1"],
                 hint="Define __iter__ to go over the accounts.", at="AccountManager")
    expect_raises(ValueError, manager.open, call(bank.SavingsAccount, "Cy", "S-1").value,
                  hint="A number already in use cannot be opened again.", at="AccountManager")
    expect_raises(KeyError, manager.get, "Z-9", at="AccountManager")
    expect_equal(call(manager.close, "S-1").value.number, "S-1", at="AccountManager")
    expect_equal(call(len, manager).value, 1, at="AccountManager")


def check_total_balance():
    """total_balance adds every balance, overdrafts included"""
    bank = learner_module(CODE)
    manager = _manager(bank)
    call(manager.get("C-1").withdraw, 60)
    expect_equal(call(manager.total_balance).value, 50, at="AccountManager")


def check_transfer():
    """transfer moves money from one account to another"""
    bank = learner_module(CODE)
    manager = _manager(bank)
    call(manager.transfer, "S-1", "C-1", 40)
    expect_equal((manager.get("S-1").balance, manager.get("C-1").balance), (60, 50),
                 at="AccountManager")


def check_failed_transfer_changes_nothing():
    """a transfer that fails leaves both accounts as they were"""
    bank = learner_module(CODE)
    for source, target, amount, why in (("S-1", "C-1", 500, "too much for the savings account"),
                                        ("S-1", "Z-9", 10, "the target does not exist"),
                                        ("S-1", "C-1", -5, "the amount is negative")):
        manager = _manager(bank)
        outcome = capture(manager.transfer, source, target, amount)
        if outcome.exception is None:
            fail("transfer(%r, %r, %r) succeeded although %s." % (source, target, amount, why),
                 at="AccountManager")
        balances = (manager.get("S-1").balance, manager.get("C-1").balance)
        history = (len(manager.get("S-1").history), len(manager.get("C-1").history))
        expect_equal((balances, history), ((100, 10), (1, 1)),
                     hint="When %s, nothing may change. Look up both accounts first, then "
                          "withdraw, then deposit." % why, at="AccountManager")
