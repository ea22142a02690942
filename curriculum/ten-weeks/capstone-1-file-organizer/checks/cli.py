"""Checks for the `organizer-cli` milestone (capstone1/cli.py)."""
from pymastery import expect, expect_equal, expect_in, run_script, temp_folder

FILES = {"cat.jpg": b"cat", "notes.txt": "shopping\n"}
LOG = "organizer-log.jsonl"


def _lines(run):
    return [line.strip() for line in run.stdout.splitlines() if line.strip()]


def check_organizes():
    """python cli.py FOLDER moves the files and says so"""
    with temp_folder(FILES) as folder:
        run = run_script(argv=[folder.path()])
        expect_equal(run.exit_code, 0, hint="main returns 0, which sys.exit(main()) passes on.")
        expect_equal(_lines(run), ["moved cat.jpg -> images/cat.jpg",
                                   "moved notes.txt -> documents/notes.txt"],
                     hint="Print f\"moved {name} -> {target}\" for each pair organize() returns.")
        expect(folder.exists("images/cat.jpg"), "cat.jpg should have moved to images/")


def check_dry_run():
    """--dry-run prints what would move and moves nothing"""
    with temp_folder(FILES) as folder:
        run = run_script(argv=[folder.path(), "--dry-run"])
        expect_equal(_lines(run), ["would move cat.jpg -> images/cat.jpg",
                                   "would move notes.txt -> documents/notes.txt"],
                     hint="parser.add_argument(\"--dry-run\", action=\"store_true\") gives "
                          "args.dry_run; pass it to organize().")
        expect_equal(folder.files(), sorted(FILES), hint="A dry run moves nothing.")


def check_undo():
    """--undo restores the last run"""
    with temp_folder(FILES) as folder:
        run_script(argv=[folder.path()])
        run = run_script(argv=[folder.path(), "--undo"])
        expect_equal(run.exit_code, 0)
        expect_equal(sorted(_lines(run)), ["restored documents/notes.txt -> notes.txt",
                                           "restored images/cat.jpg -> cat.jpg"],
                     hint="With --undo, call undo() and print f\"restored {target} -> {name}\".")
        expect_equal([f for f in folder.files() if f != LOG], sorted(FILES))


def check_nothing_to_do():
    """an empty folder, or an undo with no log, prints `nothing to do`"""
    with temp_folder({"keep/a.txt": "a"}) as folder:
        run = run_script(argv=[folder.path()])
        expect_equal(_lines(run), ["nothing to do"],
                     hint="When the list of moves is empty, print `nothing to do`.")
        run = run_script(argv=[folder.path(), "--undo"])
        expect_equal(_lines(run), ["nothing to do"])


def check_bad_usage():
    """a missing folder exits 1; --dry-run with --undo exits 2"""
    with temp_folder() as folder:
        run = run_script(argv=[folder.path("nowhere")], crash_ok=True)
        expect_equal(run.exit_code, 1,
                     hint="Check os.path.isdir(args.folder) and return 1 when it is not a folder.")
        expect_in("error", run.stderr.lower(), hint="Print the error with file=sys.stderr.")
        expect_equal(run.exception, None, hint="Return 1 rather than letting a traceback out.")
        run = run_script(argv=[folder.path(), "--dry-run", "--undo"], crash_ok=True)
    expect_equal(run.exit_code, 2,
                 hint="parser.add_mutually_exclusive_group() holds options that exclude each "
                      "other; argparse then exits with status 2 by itself.")
