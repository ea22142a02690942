"""The command line (milestone 4): python filesync.py SOURCE DEST [options]."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import List, Optional

from syncer.compare import compare
from syncer.manifest import scan
from syncer.sync import sync


def build_parser() -> argparse.ArgumentParser:
    """SOURCE and DEST, then --dry-run, --delete, --yes, --verbose and --watch."""
    parser = argparse.ArgumentParser(prog="filesync",
                                     description="Copy what changed from SOURCE to DEST.")
    parser.add_argument("source", type=Path)
    parser.add_argument("dest", type=Path)
    parser.add_argument("--dry-run", action="store_true", help="show the plan, change nothing")
    parser.add_argument("--delete", action="store_true", help="remove files that are only in DEST")
    parser.add_argument("--yes", "-y", action="store_true", help="don't ask before syncing")
    parser.add_argument("--verbose", "-v", action="store_true", help="report every file copied")
    parser.add_argument("--watch", action="store_true", help="keep syncing until Ctrl-C")
    return parser


def main(argv: Optional[List[str]] = None) -> int:
    """Show the plan, ask, sync; return 0 when done (or nothing to do), 1 when the user
    says no, 2 for a SOURCE that is not a folder.

    The plan has one line per path, ``[NEW]``, ``[MODIFIED]``, ``[CONFLICT]`` or (only in
    DEST) ``[EXTRA]``, which ``--delete`` turns into ``[DELETE]``. ``--watch`` hands over
    to ``syncer.watch.watch`` after the first sync. When there is nothing to copy or
    delete, nothing is asked.
    """
    args = build_parser().parse_args(argv)
    if not args.source.is_dir():
        print(f"filesync: {args.source} is not a folder", file=sys.stderr)
        return 2
    changes = compare(scan(args.source), scan(args.dest) if args.dest.exists() else {})
    plan = ([("NEW", p) for p in changes.new] + [("MODIFIED", p) for p in changes.modified]
            + [("CONFLICT", p) for p in changes.conflicts]
            + [("DELETE" if args.delete else "EXTRA", p) for p in changes.deleted])
    for label, path in sorted(plan, key=lambda item: item[1]):
        print(f"  [{label}] {path}")
    if changes.conflicts:
        print(f"{len(changes.conflicts)} conflict(s): the copy in {args.dest} is newer, "
              "so it is kept.")
    if not (changes.new or changes.modified or (args.delete and changes.deleted)):
        print("Already in sync." if not plan else "Nothing to copy.")
    elif args.dry_run:
        print("Dry run: nothing was changed.")
        return 0
    else:
        if not args.yes:
            try:
                answer = input("Proceed? [y/N] ")
            except EOFError:
                answer = "y"
            if answer.strip().lower() not in ("y", "yes"):
                print("Nothing was changed.")
                return 1

        def report(path: str, done: int, total: int) -> None:
            if args.verbose:
                print(f"copied {path} ({done}/{total} bytes)")

        result = sync(args.source, args.dest, delete=args.delete, progress=report)
        print(f"Copied {len(result.copied)} file(s), {result.bytes_copied} bytes; "
              f"removed {len(result.deleted)}.")
    if args.watch and not args.dry_run:
        from syncer.watch import watch  # needs watchdog, so only imported when asked for

        print("Watching for changes; Ctrl-C stops.")
        watch(args.source, args.dest)
    return 0
