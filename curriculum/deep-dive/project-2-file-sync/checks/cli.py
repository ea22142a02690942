"""Milestone: the command line (syncer/cli.py, main), run as `python filesync.py ...`."""
import os

from pymastery import expect, expect_equal, expect_in, run_script, temp_folder


def _folders():
    folder = temp_folder({"src/new.txt": "new\n", "src/docs/changed.txt": "v2\n",
                          "src/same.txt": "same\n", "dst/docs/changed.txt": "v1\n",
                          "dst/same.txt": "same\n", "dst/extra.txt": "extra\n"})
    os.utime(folder.path("dst/docs/changed.txt"), (1_600_000_000, 1_600_000_000))
    return folder


def _run(folder, *options, stdin=None):
    return run_script("filesync.py", [folder.path("src"), folder.path("dst"), *options],
                      stdin=stdin)


def _line_with(output, path):
    lines = [line for line in output.splitlines() if path in line]
    expect(lines != [], f"no line of the plan names {path}: {output!r}",
           hint="Print one line per path: '  [NEW] new.txt'.")
    return lines[0]


def check_plan_and_dry_run():
    """--dry-run prints the plan, one labelled line per path, and changes nothing"""
    with _folders() as folder:
        run = _run(folder, "--dry-run")
        expect_equal(run.exit_code, 0, hint="A dry run ends with status 0.")
        expect_in("[NEW]", _line_with(run.stdout, "new.txt"))
        expect_in("[MODIFIED]", _line_with(run.stdout, "docs/changed.txt"))
        expect_in("[EXTRA]", _line_with(run.stdout, "extra.txt"),
                  hint="A file only in DEST is [EXTRA], or [DELETE] with --delete.")
        expect("same.txt" not in run.stdout, "the plan lists the unchanged same.txt",
               hint="Unchanged files are not part of the plan.")
        expect(not folder.exists("dst/new.txt"), "--dry-run copied new.txt")


def check_asks_first():
    """Without --yes it asks; anything but y changes nothing and exits with 1"""
    with _folders() as folder:
        run = _run(folder, stdin="n\n")
        expect_equal(run.exit_code, 1, hint="Return 1 when the user does not say y.")
        expect(not folder.exists("dst/new.txt"), "new.txt was copied although the answer was n")
        run = _run(folder, stdin="")
        expect_equal(run.exit_code, 1, hint="No answer at all (end of input) counts as no.")
        run = _run(folder, stdin="y\n")
        expect_equal(run.exit_code, 0)
        expect_equal(folder.read_text("dst/new.txt"), "new\n", "after y, new.txt is not copied")
        expect_equal(folder.read_text("dst/docs/changed.txt"), "v2\n")


def check_yes_and_delete():
    """--yes syncs without asking; --delete removes the extras"""
    with _folders() as folder:
        run = _run(folder, "--yes", "--delete")
        expect_equal(run.exit_code, 0)
        expect_in("[DELETE]", _line_with(run.stdout, "extra.txt"))
        expect(not folder.exists("dst/extra.txt"), "--delete left extra.txt in DEST")
        expect_equal(folder.read_text("dst/new.txt"), "new\n")


def check_verbose_reports_each_copy():
    """--verbose reports each file as it is copied; without it, only the plan names them"""
    with _folders() as folder:
        quiet = _run(folder, "--yes")
    with _folders() as folder:
        loud = _run(folder, "--yes", "--verbose")
    for path in ("new.txt", "docs/changed.txt"):
        before = len([line for line in quiet.stdout.splitlines() if path in line])
        after = len([line for line in loud.stdout.splitlines() if path in line])
        expect(after > before, f"with --verbose, no more lines name {path} than without: "
               f"{loud.stdout!r}", hint="Pass sync() a progress function that prints the path "
                                        "(and the bytes so far) when args.verbose is set.")


def check_nothing_to_do():
    """A second run finds nothing to do and asks nothing"""
    with _folders() as folder:
        _run(folder, "--yes")
        run = _run(folder)
        expect_equal(run.exit_code, 0,
                     hint="When nothing is to be copied or deleted (extras kept, conflicts "
                          "left alone), don't ask: say so and return 0.")
        for label in ("[NEW]", "[MODIFIED]"):
            expect(label not in run.stdout, f"the second run still plans {label} files: "
                   f"{run.stdout!r}", hint="Copies keep the source's times and content, so a "
                                            "second run finds them unchanged.")


def check_missing_source():
    """A SOURCE that is not a folder is an error with status 2"""
    with temp_folder() as folder:
        run = run_script("filesync.py", [folder.path("nowhere"), folder.path("dst"), "--yes"])
        expect_equal(run.exit_code, 2, hint="Check source.is_dir() first and return 2.")
        expect_in("nowhere", run.stderr, hint="Name the folder in a message on stderr.")
