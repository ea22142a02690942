import json
import sys
from collections import Counter

from reading import read_logs


def summarise(entries, top=3):
    total = sum(1 for _ in entries)
    levels = Counter(entry["level"] for entry in entries)
    sources = Counter(entry["source"] for entry in entries)
    errors = Counter(e["message"] for e in entries if e["level"] in ("ERROR", "CRITICAL"))
    times = [entry["time"] for entry in entries]
    ranked = sorted(errors.items(), key=lambda pair: (-pair[1], pair[0]))[:top]
    return {"total": total, "by_level": dict(levels), "by_source": dict(sources),
            "first": min(times, default=None), "last": max(times, default=None),
            "top_errors": [[message, count] for message, count in ranked]}


def main(argv):
    problems = []
    summary = summarise(read_logs(argv, problems))
    print(json.dumps(summary, indent=2))
    for path, number, reason in problems:
        print(f"{path}:{number}: {reason}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
