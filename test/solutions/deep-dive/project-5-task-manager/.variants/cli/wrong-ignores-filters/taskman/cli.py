"""The todo command (milestone 5): python todo.py [--db FILE] add|list|done ..."""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date
from pathlib import Path
from typing import List, Optional

from rich.console import Console

from taskman.models import PRIORITIES
from taskman.query import filter_tasks, sort_tasks
from taskman.sqlite_store import SqliteTaskStore
from taskman.store import JsonTaskStore
from taskman.view import task_table


def default_db() -> Path:
    """$XDG_DATA_HOME/taskman/tasks.db, with ~/.local/share when XDG_DATA_HOME is unset."""
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"),
                                                           ".local", "share")
    return Path(base) / "taskman" / "tasks.db"


def open_store(path: Path):
    """A JsonTaskStore for a ``.json`` file, a SqliteTaskStore for any other."""
    return JsonTaskStore(path) if path.suffix == ".json" else SqliteTaskStore(path)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2025-06-01") from None


def build_parser() -> argparse.ArgumentParser:
    """The options and the three subcommands:

    --db FILE          where the tasks live (default: default_db())
    add TITLE          --priority high|normal|low, --due YYYY-MM-DD, --tag NAME (repeatable)
    list               --tag, --priority, --completed, --sort id|due|priority
    done ID            mark a task complete
    """
    parser = argparse.ArgumentParser(prog="todo", description="A small task manager.")
    parser.add_argument("--db", type=Path, help="the task file (.json or SQLite)")
    commands = parser.add_subparsers(dest="command", required=True)

    add = commands.add_parser("add", help="add a task")
    add.add_argument("title")
    add.add_argument("--priority", choices=PRIORITIES, default="normal")
    add.add_argument("--due", type=_day)
    add.add_argument("--tag", action="append", default=[], dest="tags")

    show = commands.add_parser("list", help="show tasks")
    show.add_argument("--tag")
    show.add_argument("--priority", choices=PRIORITIES)
    show.add_argument("--completed", action="store_true")
    show.add_argument("--sort", choices=("id", "due", "priority"), default="id")

    done = commands.add_parser("done", help="mark a task complete")
    done.add_argument("id", type=int)
    return parser


def main(argv: Optional[List[str]] = None) -> int:
    """Run one command and return the exit status: 0, or 1 for an unknown task id."""
    args = build_parser().parse_args(argv)
    store = open_store(args.db or default_db())
    if args.command == "add":
        task = store.add(args.title, args.priority, args.due, args.tags)
        print(f"Added task {task.id}: {task.title}")
    elif args.command == "list":
        tasks = filter_tasks(store.all(), done=args.completed)
        Console().print(task_table(sort_tasks(tasks, args.sort)))
    else:
        try:
            task = store.complete(args.id)
        except KeyError:
            print(f"todo: there is no task {args.id}", file=sys.stderr)
            return 1
        print(f"Completed task {task.id}: {task.title}")
    return 0
