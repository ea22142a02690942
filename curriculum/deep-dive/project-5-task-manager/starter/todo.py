"""Run the task manager: python todo.py add "Water the plants" --due 2025-06-01"""

import sys

from taskman.cli import main

if __name__ == "__main__":
    sys.exit(main())
