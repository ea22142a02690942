"""Milestone 6: the tracker from a terminal.

From your workspace folder:

    python -m finance.cli --db finance.db import statement.csv --rule tesco=food --rule shell=transport
    python -m finance.cli --db finance.db budget food 2024-01 500
    python -m finance.cli --db finance.db report 2024-01

`--db` defaults to finance.db. What each command prints (runs of spaces don't matter):

    import   Imported 4, skipped 1 duplicate(s), 2 bad row(s)
             line 3: <what was wrong>            (one line per bad row)
             exit code 1 if any row was bad, else 0; a missing file prints
             "no such file: <path>" on stderr and exits with 1
    budget   Budget for food in 2024-01: $500.00
             a limit that isn't an amount: its error on stderr, exit code 1
    report   Report for 2024-01
             Income:   $4,832.30
             Expenses: $2,067.09
             Savings:  $2,765.21 (57%)
             By category:
               housing    $1,150.00               (as in MonthlyReport.by_category)
             Budgets:                              (only when the month has budgets; by name)
               food       $519.59 of $500.00 (over by $19.59)
               transport  $198.75 of $250.00 ($51.25 left)
"""
import argparse  # noqa: F401
import sys
from typing import List, Optional

from finance.importer import import_csv  # noqa: F401
from finance.ledger import Ledger  # noqa: F401
from finance.money import format_money, parse_amount  # noqa: F401
from finance.reports import monthly_report  # noqa: F401


def main(argv: Optional[List[str]] = None) -> int:
    """Run one command (argv, or the command line when None) and return the exit code."""
    # TODO: an argparse parser with --db and three sub-commands: import, budget, report.
    raise NotImplementedError("main() is not written yet")


if __name__ == "__main__":
    sys.exit(main())
