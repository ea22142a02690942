"""Milestone: copy what changed (syncer/sync.py, sync), on real folders."""
import os

from pymastery import call, expect, expect_equal, learner_module, temp_folder

OLD, MIDDLE, NEW = 1_600_000_000, 1_650_000_000, 1_700_000_000


def _setup(folder):
    """A source and a backup that differ in every possible way; the times are set so that
    each case is clear-cut."""
    files = {
        "src/new.txt": "brand new\n", "src/docs/report.txt": "draft 2\n",
        "src/same.txt": "unchanged\n", "src/touched.txt": "saved again, same words\n",
        "src/clash.txt": "source version\n",
        "dst/docs/report.txt": "draft 1\n", "dst/same.txt": "unchanged\n",
        "dst/touched.txt": "saved again, same words\n", "dst/clash.txt": "edited in the backup\n",
        "dst/extra.txt": "only in the backup\n",
    }
    for name, content in files.items():
        folder.write(name, content)
    times = {"src/new.txt": NEW, "src/docs/report.txt": NEW, "src/same.txt": MIDDLE,
             "src/touched.txt": NEW, "src/clash.txt": MIDDLE,
             "dst/docs/report.txt": OLD, "dst/same.txt": MIDDLE, "dst/touched.txt": OLD,
             "dst/clash.txt": NEW, "dst/extra.txt": OLD}
    for name, when in times.items():
        os.utime(folder.path(name), (when, when))


def _mtime(folder, name):
    return os.stat(folder.path(name)).st_mtime


def _sync(folder, **options):
    return call(learner_module().sync, folder.path("src"), folder.path("dst"), **options).value


def check_copies_new_and_modified():
    """New and modified files are copied, into new folders too"""
    with temp_folder() as folder:
        _setup(folder)
        result = _sync(folder)
        expect_equal(folder.read_text("dst/new.txt"), "brand new\n")
        expect_equal(folder.read_text("dst/docs/report.txt"), "draft 2\n",
                     hint="A modified file is copied over the old copy.")
        expect_equal(result.copied, ["docs/report.txt", "new.txt"],
                     hint="result.copied lists the copied paths, sorted.")
        expect_equal(result.bytes_copied, len("brand new\n") + len("draft 2\n"),
                     hint="bytes_copied adds up the sizes of the copied files.")


def check_unchanged_files_are_not_copied():
    """Files with the same content are left alone, whatever their times"""
    with temp_folder() as folder:
        _setup(folder)
        result = _sync(folder)
        expect_equal(_mtime(folder, "dst/touched.txt"), OLD,
                     "touched.txt (same content, newer time in the source) was copied again",
                     hint="Decide with compare(): only new and modified files are copied. "
                          "A newer mtime alone does not make a file different.")
        expect_equal(_mtime(folder, "dst/same.txt"), MIDDLE, "same.txt was copied again")
        expect("touched.txt" not in result.copied and "same.txt" not in result.copied,
               f"result.copied lists unchanged files: {result.copied}")


def check_copies_keep_their_time():
    """A copy keeps the source's modification time, so the next sync copies nothing"""
    with temp_folder() as folder:
        _setup(folder)
        _sync(folder)
        expect_equal(_mtime(folder, "dst/new.txt"), NEW,
                     hint="shutil.copy gives the copy the time of copying; shutil.copy2 keeps "
                          "the source's times.")
        again = _sync(folder)
        expect_equal((again.copied, again.bytes_copied), ([], 0),
                     hint="Right after a sync, a second one has nothing to copy.")


def check_conflicts_are_kept():
    """A newer copy in the destination is listed as a conflict and not overwritten"""
    with temp_folder() as folder:
        _setup(folder)
        result = _sync(folder)
        expect_equal(folder.read_text("dst/clash.txt"), "edited in the backup\n",
                     hint="Copy only new and modified files; a conflict is never overwritten.")
        expect_equal(result.conflicts, ["clash.txt"])


def check_deletes_only_when_asked():
    """Files only in the destination stay, unless delete=True"""
    with temp_folder() as folder:
        _setup(folder)
        result = _sync(folder)
        expect(folder.exists("dst/extra.txt"), "extra.txt was removed without delete=True",
               hint="A backup keeps what the source lost unless the user asks.")
        expect_equal(result.deleted, [])
        result = _sync(folder, delete=True)
        expect(not folder.exists("dst/extra.txt"), "with delete=True, extra.txt is still there")
        expect_equal(result.deleted, ["extra.txt"])
        expect(folder.exists("dst/clash.txt"), "delete=True removed a conflict")


def check_dry_run_changes_nothing():
    """A dry run reports the plan and changes nothing"""
    with temp_folder() as folder:
        _setup(folder)
        before = {name: (folder.read_bytes(name), _mtime(folder, name)) for name in folder.files()}
        result = _sync(folder, dry_run=True, delete=True)
        after = {name: (folder.read_bytes(name), _mtime(folder, name)) for name in folder.files()}
        expect(before == after, "the dry run changed files: "
               f"{sorted(set(after) ^ set(before)) or 'contents or times'}",
               hint="With dry_run, work out the result and return it before copying anything.")
        expect_equal((result.copied, result.deleted, result.conflicts),
                     (["docs/report.txt", "new.txt"], ["extra.txt"], ["clash.txt"]),
                     hint="A dry run returns what a real run would do.")


def check_reports_progress():
    """progress() hears about each copied file with the bytes so far and in total"""
    calls = []
    with temp_folder() as folder:
        _setup(folder)
        _sync(folder, progress=lambda path, done, total: calls.append((path, done, total)))
    total = len("brand new\n") + len("draft 2\n")
    expect_equal(sorted(path for path, _, _ in calls), ["docs/report.txt", "new.txt"],
                 hint="Call progress(path, bytes_so_far, total) once after each copy.")
    expect_equal([(done, whole) for _, done, whole in calls],
                 [(calls[0][1], total), (total, total)] if len(calls) == 2 else [],
                 hint="bytes_so_far grows with each file and ends at the total.")


def check_missing_destination():
    """A destination that does not exist yet is created"""
    with temp_folder({"src/a/b.txt": "deep"}) as folder:
        result = _sync(folder)
        expect_equal(folder.read_text("dst/a/b.txt"), "deep",
                     hint="Create missing folders with mkdir(parents=True, exist_ok=True).")
        expect_equal(result.copied, ["a/b.txt"])
