"""A short tour of datatools. Run it from week2/day9 after `pip install -e .`."""
import datatools
from datatools.export import to_csv
from datatools.processing import group_by

raw = [
    {" Name ": " Ada ", "Team": "core", "Age": 36},
    {" Name ": "Linus", "Team": "kernel", "Age": "fifty"},
    {" Name ": "  ", "Team": "", "Age": None},
    {" Name ": "Grace", "Team": "core", "Age": 85},
]

rows = datatools.clean_records(raw)
valid, rejected = datatools.split_valid(rows, {"name": str, "team": str, "age": int})
for index, problems in rejected:
    print(f"row {index} rejected: {'; '.join(problems)}")
print(to_csv(valid), end="")
print({team: len(members) for team, members in group_by(valid, "team").items()})
