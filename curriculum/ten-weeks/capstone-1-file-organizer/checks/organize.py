"""Checks for the `organizer-move-undo` milestone (capstone1/mover.py)."""
import json
import os

from pymastery import call, expect, expect_equal, learner_module, temp_folder

FILES = {"cat.jpg": b"\xff\xd8cat", "notes.txt": "shopping\n", "tool.py": "print(1)\n",
         "keep/inside.txt": "stays\n"}
LOG = "organizer-log.jsonl"


def _organizer(folder):
    return call(learner_module().Organizer, folder.path()).value


def _log(folder):
    if not folder.exists(LOG):
        return []
    return [json.loads(line) for line in folder.read_text(LOG).splitlines() if line.strip()]


def check_moves_the_files():
    """organize moves each file into its category folder, content and all"""
    with temp_folder(FILES) as folder:
        moves = call(_organizer(folder).organize).value
        expect_equal(sorted(tuple(m) for m in moves),
                     [("cat.jpg", "images/cat.jpg"), ("notes.txt", "documents/notes.txt"),
                      ("tool.py", "code/tool.py")],
                     hint="Return the plan from plan_moves after carrying it out.")
        expect_equal([f for f in folder.files() if f != LOG],
                     ["code/tool.py", "documents/notes.txt", "images/cat.jpg", "keep/inside.txt"],
                     hint="os.makedirs(..., exist_ok=True) makes the category folder; "
                          "os.replace or shutil.move moves the file.")
        expect_equal(folder.read_bytes("images/cat.jpg"), b"\xff\xd8cat",
                     hint="Move the file itself; don't rewrite it.")


def check_logs_each_move():
    """every move is one JSON line in the log, with a run number"""
    with temp_folder(FILES) as folder:
        call(_organizer(folder).organize)
        entries = _log(folder)
        expect_equal(sorted((e.get("run"), e.get("source"), e.get("target")) for e in entries),
                     [(1, "cat.jpg", "images/cat.jpg"), (1, "notes.txt", "documents/notes.txt"),
                      (1, "tool.py", "code/tool.py")],
                     hint="Open the log with mode \"a\" and write json.dumps({\"run\": ..., "
                          "\"source\": ..., \"target\": ...}) plus \"\\n\" per move.")
        folder.write("late.png", b"png")
        call(_organizer(folder).organize)
        entries = _log(folder)
    expect_equal(len(entries), 4, hint="Append to the log; never start it again.")
    expect_equal((entries[-1].get("run"), entries[-1].get("source")), (2, "late.png"),
                 hint="The next run's number is one more than the largest already in the log.")


def check_dry_run_changes_nothing():
    """a dry run returns the plan and leaves files and log alone"""
    with temp_folder(FILES) as folder:
        moves = call(_organizer(folder).organize, dry_run=True).value
        expect_equal(len(moves), 3, hint="A dry run returns the same pairs as a real run.")
        expect_equal(folder.files(), sorted(FILES),
                     hint="With dry_run=True return before making a folder, moving or logging.")


def check_undo_puts_back():
    """undo returns the last run's files to where they were"""
    with temp_folder(FILES) as folder:
        organizer = _organizer(folder)
        call(organizer.organize)
        undone = call(organizer.undo).value
        expect_equal(sorted(tuple(m) for m in undone),
                     [("cat.jpg", "images/cat.jpg"), ("notes.txt", "documents/notes.txt"),
                      ("tool.py", "code/tool.py")],
                     hint="Read the log, keep the entries of the largest run, and return their "
                          "(source, target) pairs.")
        expect_equal([f for f in folder.files() if f != LOG], sorted(FILES),
                     hint="Move each target back to its source, then remove the category "
                          "folders that are empty (os.rmdir).")
        expect_equal(folder.read_text("notes.txt"), "shopping\n")
        expect_equal(_log(folder), [], hint="Rewrite the log without the run you undid.")
        expect_equal(call(organizer.undo).value, [],
                     hint="With nothing left in the log, undo returns [].")


def check_undo_one_run_at_a_time():
    """undo goes back one run at a time, and keeps folders that still hold files"""
    with temp_folder({"a.txt": "a", "documents/old.txt": "old"}) as folder:
        organizer = _organizer(folder)
        call(organizer.organize)
        folder.write("b.txt", "b")
        call(organizer.organize)
        expect_equal([tuple(m) for m in call(organizer.undo).value], [("b.txt", "documents/b.txt")],
                     hint="Undo only the entries whose run is the largest.")
        expect(folder.exists("b.txt") and folder.exists("documents/a.txt"),
               "after one undo, b.txt should be back and a.txt still in documents/")
        call(organizer.undo)
        expect_equal([f for f in folder.files() if f != LOG],
                     ["a.txt", "b.txt", "documents/old.txt"],
                     hint="Remove a category folder only when it is empty: old.txt was there "
                          "before and stays.")


def check_undo_skips_missing():
    """undo skips a file that has gone, and a fresh Organizer can undo"""
    with temp_folder({"a.txt": "a", "b.jpg": b"b"}) as folder:
        call(_organizer(folder).organize)
        os.remove(folder.path("images/b.jpg"))
        call(_organizer(folder).undo)
        expect_equal([f for f in folder.files() if f != LOG], ["a.txt"],
                     hint="Check that the target still exists before moving it back. "
                          "Everything undo needs is in the log file, not in the object.")


def check_missing_log():
    """undo with no log returns []"""
    with temp_folder({"a.txt": "a"}) as folder:
        expect_equal(call(_organizer(folder).undo).value, [],
                     hint="A missing log means nothing to undo: catch FileNotFoundError.")
        expect_equal(folder.files(), ["a.txt"])
