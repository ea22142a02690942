"""Capstone 1, step 3: carry out a plan, log every move, and undo the last run."""
import json
import os

from planner import LOG_NAME, plan_moves


class Organizer:
    """Tidies one folder. Every move is logged to LOG_NAME inside the folder, one JSON object
    per line: ``{"run": 1, "source": "cat.jpg", "target": "images/cat.jpg"}``.
    The moves of one call to organize() share a run number, one more than the largest in the log.
    """

    def __init__(self, folder, rules=None):
        self.folder = folder
        self.rules = rules

    def organize(self, dry_run=False):
        """Move every file as plan_moves says, making the category folders as needed, and
        return the list of ``(name, target)`` pairs.

        With ``dry_run=True``, return the same list but change nothing: no move, no folder,
        no line in the log. A run with nothing to move writes nothing to the log either.
        """
        # TODO
        raise NotImplementedError("organize is not written yet")

    def undo(self):
        """Put back the files of the last run in the log and return the ``(name, target)``
        pairs it undid (in the order the log has them).

        Each file goes from its target back to its name; a target that is no longer there is
        skipped. Category folders left empty are removed. The run's lines leave the log, so
        the next undo goes one run further back. With an empty or missing log, return [].
        """
        # TODO
        raise NotImplementedError("undo is not written yet")
