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
        plan = plan_moves(self.folder, self.rules)
        if dry_run or not plan:
            return plan
        run = max((entry["run"] for entry in self._read_log()), default=0) + 1
        with open(self._log_path(), "a", encoding="utf-8") as log:
            for name, target in plan:
                destination = os.path.join(self.folder, *target.split("/"))
                os.makedirs(os.path.dirname(destination), exist_ok=True)
                os.replace(os.path.join(self.folder, name), destination)
                log.write(json.dumps({"run": run, "source": name, "target": target}) + "\n")
        return plan

    def undo(self):
        """Put back the files of the last run in the log and return the ``(name, target)``
        pairs it undid (in the order the log has them).

        Each file goes from its target back to its name; a target that is no longer there is
        skipped. Category folders left empty are removed. The run's lines leave the log, so
        the next undo goes one run further back. With an empty or missing log, return [].
        """
        entries = self._read_log()
        if not entries:
            return []
        last = max(entry["run"] for entry in entries)
        undone = [(e["source"], e["target"]) for e in entries if e["run"] == last]
        for name, target in reversed(undone):
            moved = os.path.join(self.folder, *target.split("/"))
            if os.path.exists(moved):
                os.replace(moved, os.path.join(self.folder, name))
                parent = os.path.dirname(moved)
                if not os.listdir(parent):
                    os.rmdir(parent)
        with open(self._log_path(), "w", encoding="utf-8") as log:
            for entry in entries:
                if entry["run"] != last:
                    log.write(json.dumps(entry) + "\n")
        return undone

    def _log_path(self):
        return os.path.join(self.folder, LOG_NAME)

    def _read_log(self):
        try:
            with open(self._log_path(), encoding="utf-8") as log:
                return [json.loads(line) for line in log if line.strip()]
        except FileNotFoundError:
            return []
