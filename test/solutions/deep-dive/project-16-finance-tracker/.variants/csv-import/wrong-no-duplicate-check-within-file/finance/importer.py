"""Milestone 4: bank statements in CSV, bad rows and all."""
import csv
import datetime
from typing import Dict, List, NamedTuple, Optional, Tuple

from finance.money import Transaction, parse_amount


class ImportResult(NamedTuple):
    imported: int
    duplicates: int
    #: (line number in the file, what was wrong), the header being line 1
    errors: List[Tuple[int, str]]


def categorise(description: str, rules: Dict[str, str]) -> str:
    """The category of the first rule whose keyword is in the description (any case), else "uncategorised"."""
    lowered = description.lower()
    for keyword, category in rules.items():
        if keyword.lower() in lowered:
            return category
    return "uncategorised"


def import_csv(path, ledger, rules: Optional[Dict[str, str]] = None) -> ImportResult:
    """Add the rows of a CSV statement to the ledger; report bad rows and skip duplicates."""
    rules = rules or {}
    imported, duplicates, errors = 0, 0, []
    seen = {(t.date, t.description, t.amount) for t in ledger.transactions()}
    with open(path, newline="", encoding="utf-8") as file:
        reader = csv.DictReader(file)
        missing = {"date", "description", "amount"} - set(reader.fieldnames or [])
        if missing:
            return ImportResult(0, 0, [(1, "missing columns: %s" % ", ".join(sorted(missing)))])
        for row in reader:
            line = reader.line_num
            try:
                if None in row or any(row[name] is None for name in ("date", "description", "amount")):
                    raise ValueError("wrong number of fields")
                date = datetime.date.fromisoformat(row["date"].strip())
                amount = parse_amount(row["amount"])
                description = row["description"].strip()
                if not description:
                    raise ValueError("empty description")
            except ValueError as exc:
                errors.append((line, str(exc)))
                continue
            key = (date, description, amount)
            if key in seen:
                duplicates += 1
                continue
            category = (row.get("category") or "").strip() or categorise(description, rules)
            ledger.add(Transaction(date, description, amount, category))
            imported += 1
    return ImportResult(imported, duplicates, errors)
