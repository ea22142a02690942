"""Capstone 1, step 2, with pathlib."""
from pathlib import Path

from rules import category_for

LOG_NAME = "organizer-log.jsonl"


def plan_moves(folder, rules=None):
    base = Path(folder)
    plan, taken = [], set()
    for entry in sorted(base.iterdir(), key=lambda p: p.name):
        if not entry.is_file() or entry.name.startswith(".") or entry.name == LOG_NAME:
            continue
        category = category_for(entry.name, rules)
        candidate, n = entry.name, 0
        while f"{category}/{candidate}" in taken or (base / category / candidate).exists():
            n += 1
            candidate = f"{entry.stem} ({n}){entry.suffix}"
        taken.add(f"{category}/{candidate}")
        plan.append((entry.name, f"{category}/{candidate}"))
    return plan
