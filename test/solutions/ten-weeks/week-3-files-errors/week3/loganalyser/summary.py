"""Log analyser, step 3: summaries, and the command line.

    python week3/loganalyser/summary.py app.log worker.log
"""
import json
import sys
from collections import Counter

from reading import read_logs


def summarise(entries, top=3):
    """Count entries by level and source, find the time range and the commonest errors."""
    total = 0
    levels, sources, errors = Counter(), Counter(), Counter()
    first = last = None
    for entry in entries:
        total += 1
        levels[entry["level"]] += 1
        sources[entry["source"]] += 1
        if entry["level"] in ("ERROR", "CRITICAL"):
            errors[entry["message"]] += 1
        if first is None or entry["time"] < first:
            first = entry["time"]
        if last is None or entry["time"] > last:
            last = entry["time"]
    ranked = sorted(errors.items(), key=lambda pair: (-pair[1], pair[0]))[:top]
    return {"total": total, "by_level": dict(levels), "by_source": dict(sources),
            "first": first, "last": last,
            "top_errors": [[message, count] for message, count in ranked]}


def main(argv):
    """Summarise the log files named in ``argv``: print the summary as indented JSON, then
    one line per problem on stderr (``path:line: reason``). Return 0, or 1 when there
    were problems."""
    problems = []
    summary = summarise(read_logs(argv, problems))
    print(json.dumps(summary, indent=2))
    for path, number, reason in problems:
        print(f"{path}:{number}: {reason}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
