"""Capstone 1, step 2: plan the moves without touching a single file."""
import os

from rules import category_for

LOG_NAME = "organizer-log.jsonl"


def plan_moves(folder, rules=None):
    """Return the moves that would tidy ``folder``, as a list of ``(name, target)`` pairs.

    ``name`` is a file directly inside ``folder`` and ``target`` is where it goes, relative to
    ``folder`` with ``/`` between the parts: ``("cat.jpg", "images/cat.jpg")``. Pairs come in
    the order of the file names (sorted).

    - Sub-folders, hidden files (names starting with ".") and the log file LOG_NAME stay put
      and are not in the plan.
    - A target must never overwrite anything: when ``images/cat.jpg`` already exists, or an
      earlier pair of this plan already goes there, use ``images/cat (1).jpg``, then
      ``images/cat (2).jpg`` and so on.
    - Nothing on disk changes: no folder is made, no file moved.
    """
    taken = set()
    plan = []
    for name in sorted(os.listdir(folder)):
        if name.startswith(".") or name == LOG_NAME:
            continue
        if not os.path.isfile(os.path.join(folder, name)):
            continue
        category = category_for(name, rules)
        stem, extension = os.path.splitext(name)
        target = f"{category}/{name}"
        number = 0
        while os.path.exists(os.path.join(folder, category, os.path.basename(target))):
            number += 1
            target = f"{category}/{stem} ({number}){extension}"
        taken.add(target)
        plan.append((name, target))
    return plan
