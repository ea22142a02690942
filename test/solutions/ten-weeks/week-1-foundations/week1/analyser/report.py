"""Text analyser, step 3: a JSON report, and the command line.

    python week1/analyser/report.py book.txt --top 5 --out report.json
"""
import argparse
import json
import os
import sys

from ranking import count_words, top_k
from reading import read_words


def build_report(path, k=10):
    """Return the report for the text file at ``path`` as a dict (see the lesson for its shape)."""
    words = read_words(path)
    counts = count_words(words)
    return {
        "file": os.path.basename(path),
        "total_words": len(words),
        "unique_words": len(counts),
        "top": [{"word": word, "count": count} for word, count in top_k(counts, k)],
    }


def export_json(report, out_path):
    """Write ``report`` to ``out_path`` as indented UTF-8 JSON."""
    with open(out_path, "w", encoding="utf-8") as file:
        json.dump(report, file, indent=2, ensure_ascii=False)
        file.write("\n")


def main(argv=None):
    """python report.py FILE [--top K] [--out REPORT.json]"""
    parser = argparse.ArgumentParser(description="Count the words of a text file.")
    parser.add_argument("path")
    parser.add_argument("--top", type=int, default=10)
    parser.add_argument("--out")
    args = parser.parse_args(argv)
    try:
        report = build_report(args.path, args.top)
    except OSError as error:
        print(f"error: cannot read {args.path}: {error.strerror}", file=sys.stderr)
        return 1
    if args.out:
        export_json(report, args.out)
    else:
        print(json.dumps(report, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
