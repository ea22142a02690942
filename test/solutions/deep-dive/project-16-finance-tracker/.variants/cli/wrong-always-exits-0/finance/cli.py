"""Milestone 6: the tracker from a terminal, `python -m finance.cli --db finance.db report 2024-01`."""
import argparse
import sys
from typing import List, Optional

from finance.importer import import_csv
from finance.ledger import Ledger
from finance.money import format_money, parse_amount
from finance.reports import monthly_report


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="finance", description="A personal finance tracker.")
    parser.add_argument("--db", default="finance.db", help="the SQLite file (default: finance.db)")
    commands = parser.add_subparsers(dest="command", required=True)
    importing = commands.add_parser("import", help="import a CSV statement")
    importing.add_argument("csv")
    importing.add_argument("--rule", action="append", default=[], metavar="KEYWORD=CATEGORY")
    reporting = commands.add_parser("report", help="the report of one month")
    reporting.add_argument("month")
    budget = commands.add_parser("budget", help="set a monthly budget")
    budget.add_argument("category")
    budget.add_argument("month")
    budget.add_argument("limit")
    return parser


def _import(ledger, args) -> int:
    rules = dict(rule.split("=", 1) for rule in args.rule if "=" in rule)
    try:
        result = import_csv(args.csv, ledger, rules)
    except FileNotFoundError:
        print("no such file: %s" % args.csv, file=sys.stderr)
        return 1
    print("Imported %d, skipped %d duplicate(s), %d bad row(s)" % (
        result.imported, result.duplicates, len(result.errors)))
    for line, message in result.errors:
        print("line %d: %s" % (line, message))
    return 0


def _report(ledger, args) -> int:
    report = monthly_report(ledger, args.month)
    print("Report for %s" % report.month)
    print("Income:   %s" % format_money(report.income))
    print("Expenses: %s" % format_money(report.expenses))
    print("Savings:  %s (%d%%)" % (format_money(report.savings), report.savings_rate))
    print("By category:")
    for category, spent in report.by_category:
        print("  %-10s %s" % (category, format_money(spent)))
    if report.budgets:
        print("Budgets:")
        for category, status in sorted(report.budgets.items()):
            if status.over:
                state = "over by %s" % format_money(-status.remaining)
            else:
                state = "%s left" % format_money(status.remaining)
            print("  %-10s %s of %s (%s)" % (category, format_money(status.spent), format_money(status.limit), state))
    return 0


def _budget(ledger, args) -> int:
    try:
        limit = parse_amount(args.limit)
    except ValueError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    ledger.set_budget(args.category, args.month, limit)
    print("Budget for %s in %s: %s" % (args.category, args.month, format_money(limit)))
    return 0


def main(argv: Optional[List[str]] = None) -> int:
    """Run one command and return the exit code."""
    args = _parser().parse_args(argv)
    ledger = Ledger(args.db)
    try:
        return {"import": _import, "report": _report, "budget": _budget}[args.command](ledger, args)
    finally:
        ledger.close()


if __name__ == "__main__":
    sys.exit(main())
