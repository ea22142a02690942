"""Milestone: the todo command (taskman/cli.py, main), run as `python todo.py ...`."""
from pymastery import expect, expect_equal, expect_in, run_script, temp_folder


def _todo(folder, *argv, db="tasks.json", env=None):
    args = list(argv) if db is None else ["--db", folder.path(db), *argv]
    return run_script("todo.py", args, stdin="", env=env)


def _ok(run, what):
    expect_equal(run.exit_code, 0, f"python todo.py {what} ended with exit status "
                 f"{run.exit_code}; it printed {run.stdout + run.stderr!r}",
                 hint="main() returns 0 when the command worked.")
    return run.stdout


def _positions(text, titles):
    return [text.find(title) for title in titles]


def check_add_then_list():
    """add saves tasks that a later list shows, in id order"""
    with temp_folder() as folder:
        _ok(_todo(folder, "add", "Learn Python", "--priority", "high", "--due", "2025-01-20"),
            "add")
        _ok(_todo(folder, "add", "Build web app", "--tag", "work", "--tag", "python"), "add")
        shown = _ok(_todo(folder, "list"), "list")
        places = _positions(shown, ["Learn Python", "Build web app"])
        expect(-1 not in places, f"list did not show both tasks: {shown!r}",
               hint="Each run is a new process: add must save to the --db file and list must "
                    "read it back.")
        expect(places[0] < places[1], "list did not show task 1 before task 2")
        for part in ("HIGH", "Jan 20", "work, python"):
            expect_in(part, shown, hint="list prints task_table() of the tasks with Rich.")
        expect(folder.exists("tasks.json"), "no tasks.json was written where --db said")


def check_done_and_completed():
    """done completes a task: list hides it, list --completed shows it"""
    with temp_folder() as folder:
        _todo(folder, "add", "Water the plants")
        _todo(folder, "add", "Call the bank")
        said = _ok(_todo(folder, "done", "1"), "done 1")
        expect_in("Water the plants", said, hint="Say which task was completed.")
        shown = _ok(_todo(folder, "list"), "list")
        expect("Water the plants" not in shown and "Call the bank" in shown,
               f"after done 1, list should show only 'Call the bank': {shown!r}",
               hint="list shows open tasks unless --completed is given.")
        shown = _ok(_todo(folder, "list", "--completed"), "list --completed")
        expect("Water the plants" in shown and "Call the bank" not in shown,
               f"list --completed should show only 'Water the plants': {shown!r}")


def check_list_filters_and_sorts():
    """list --tag, --priority and --sort narrow and order the tasks"""
    with temp_folder() as folder:
        _todo(folder, "add", "alpha", "--tag", "home", "--due", "2025-03-01")
        _todo(folder, "add", "bravo", "--priority", "high", "--tag", "work")
        _todo(folder, "add", "charlie", "--priority", "low", "--tag", "home",
              "--due", "2025-02-01")
        shown = _ok(_todo(folder, "list", "--tag", "home"), "list --tag home")
        expect("alpha" in shown and "charlie" in shown and "bravo" not in shown,
               f"list --tag home should show alpha and charlie only: {shown!r}",
               hint="Pass the options on to filter_tasks().")
        shown = _ok(_todo(folder, "list", "--priority", "high"), "list --priority high")
        expect("bravo" in shown and "alpha" not in shown,
               f"list --priority high should show bravo only: {shown!r}")
        shown = _ok(_todo(folder, "list", "--sort", "due"), "list --sort due")
        expect(_positions(shown, ["charlie", "alpha", "bravo"]) ==
               sorted(_positions(shown, ["charlie", "alpha", "bravo"])),
               f"list --sort due should show charlie, alpha, then the undated bravo: {shown!r}",
               hint="Pass --sort on to sort_tasks().")


def check_sqlite_file():
    """A --db file not ending in .json is a SQLite database"""
    with temp_folder() as folder:
        _todo(folder, "add", "stored in sqlite", db="tasks.db")
        shown = _ok(_todo(folder, "list", db="tasks.db"), "list")
        expect_in("stored in sqlite", shown)
        expect(folder.read_bytes("tasks.db").startswith(b"SQLite format 3"),
               "tasks.db is not a SQLite database",
               hint="open_store() picks SqliteTaskStore for any file not ending in .json.")


def check_default_place():
    """Without --db the tasks live in $XDG_DATA_HOME/taskman/tasks.db"""
    with temp_folder() as folder:
        env = {"XDG_DATA_HOME": folder.path("data")}
        _ok(_todo(folder, "add", "where am I", db=None, env=env), "add")
        expect(folder.exists("data/taskman/tasks.db"),
               f"no data/taskman/tasks.db under XDG_DATA_HOME; found {folder.files()}",
               hint="default_db() reads os.environ['XDG_DATA_HOME'] and adds taskman/tasks.db. "
                    "Create the folder before opening the file.")
        expect_in("where am I", _ok(_todo(folder, "list", db=None, env=env), "list"))


def check_bad_input():
    """Bad input is refused with a message, not a traceback"""
    with temp_folder() as folder:
        run = _todo(folder, "add", "x", "--priority", "urgent")
        expect_equal(run.exit_code, 2, hint="Let argparse check the priority: choices=PRIORITIES.")
        run = _todo(folder, "add", "x", "--due", "next week")
        expect_equal(run.exit_code, 2,
                     hint="Give --due a type= function that turns the text into a date and "
                          "raises argparse.ArgumentTypeError when it can't.")
        expect_in("--due", run.stderr, hint="Say which option was wrong.")
        run = _todo(folder, "done", "7")
        expect_equal(run.exit_code, 1, hint="An unknown task id makes main() return 1.")
        expect_in("7", run.stderr, hint="Print the message to stderr, naming the id.")
