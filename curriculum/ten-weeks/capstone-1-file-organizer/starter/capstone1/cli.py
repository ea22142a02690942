"""Capstone 1, step 4: the command line.

    python capstone1/cli.py FOLDER            tidy FOLDER
    python capstone1/cli.py FOLDER --dry-run  show what would move, move nothing
    python capstone1/cli.py FOLDER --undo     put back the last run

--dry-run and --undo can't be used together.
"""
import argparse
import sys

from mover import Organizer


def main(argv=None):
    """Run the organiser on the command line ``argv`` (sys.argv[1:] when None).

    Print one line per file: ``moved NAME -> TARGET``, ``would move NAME -> TARGET`` for a
    dry run, or ``restored TARGET -> NAME`` for an undo; print ``nothing to do`` when there
    is no file to move or restore. Return 0. When FOLDER is not a folder, print an error
    to stderr and return 1.
    """
    # TODO
    raise NotImplementedError("main is not written yet")


if __name__ == "__main__":
    sys.exit(main())
