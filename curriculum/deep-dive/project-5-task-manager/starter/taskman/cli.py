"""The todo command (milestone 5): python todo.py [--db FILE] add|list|done ..."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import List, Optional

from taskman.query import filter_tasks, sort_tasks
from taskman.sqlite_store import SqliteTaskStore
from taskman.store import JsonTaskStore
from taskman.view import task_table


def default_db() -> Path:
    """$XDG_DATA_HOME/taskman/tasks.db, with ~/.local/share when XDG_DATA_HOME is unset."""
    raise NotImplementedError("default_db() is not written yet")


def open_store(path: Path):
    """A JsonTaskStore for a ``.json`` file, a SqliteTaskStore for any other."""
    raise NotImplementedError("open_store() is not written yet")


def build_parser() -> argparse.ArgumentParser:
    """The options and the three subcommands:

    --db FILE          where the tasks live (default: default_db())
    add TITLE          --priority high|normal|low, --due YYYY-MM-DD, --tag NAME (repeatable)
    list               --tag, --priority, --completed, --sort id|due|priority
    done ID            mark a task complete
    """
    raise NotImplementedError("build_parser() is not written yet")


def main(argv: Optional[List[str]] = None) -> int:
    """Run one command and return the exit status: 0, or 1 for an unknown task id."""
    raise NotImplementedError("main() is not written yet")
