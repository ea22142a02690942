"""Log analyser, step 3: summaries, and the command line.

    python week3/loganalyser/summary.py app.log worker.log
"""
import json
import sys

from reading import read_logs


def summarise(entries, top=3):
    """Summarise an iterable of entries (from read_logs) in one pass. Return::

        {"total": 120,                               # entries seen
         "by_level": {"ERROR": 7, "INFO": 100, ...}, # count per level
         "by_source": {"db": 12, ...},               # count per source
         "first": "2024-03-01 00:00:01",             # smallest time, None if no entries
         "last": "2024-03-01 23:59:58",              # largest time, None if no entries
         "top_errors": [["connection lost", 4], ...]}  # ERROR and CRITICAL messages

    ``top_errors`` holds the ``top`` most frequent error messages as ``[message, count]``,
    most frequent first, ties in alphabetical order of the message.
    """
    # TODO
    raise NotImplementedError("summarise is not written yet")


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
