"""Run the tests in a folder: python -m minitest [FOLDER]

Exits with status 0 when every test passed and 1 otherwise, as test runners do, so that
scripts and CI can tell.
"""
import sys

from minitest.runner import run


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    counts = run(argv[0] if argv else ".")
    return 0 if counts["failed"] == 0 and counts["error"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
