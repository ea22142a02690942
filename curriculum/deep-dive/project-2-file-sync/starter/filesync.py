"""Run the sync tool: python filesync.py SOURCE DEST [--dry-run] [--delete] [--yes]"""

import sys

from syncer.cli import main

if __name__ == "__main__":
    sys.exit(main())
