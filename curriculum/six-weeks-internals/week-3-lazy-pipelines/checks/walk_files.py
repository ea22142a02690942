"""Checks for the `walk-files` milestone: a lazy, ordered directory walk."""
import os
from pathlib import Path

from pymastery import call, expect, expect_equal, learner_module, temp_folder


def _tree():
    """The sample tree, in a temporary folder."""
    files = [
        "b.log", "a.txt", "notes/z.log", "notes/m.txt", "notes/deep/k.log",
        "archive/old.log", ".hidden.log", ".git/config.log", "notes/.cache/x.log",
    ]
    return temp_folder({name: "line\n" for name in files})


def _expected(folder, suffix=None):
    entries = sorted(os.listdir(folder))
    out = []
    for name in entries:
        full = folder / name
        if name.startswith(".") or full.is_dir():
            continue
        if suffix is None or name.endswith(suffix):
            out.append(full)
    for name in entries:
        full = folder / name
        if not name.startswith(".") and full.is_dir():
            out.extend(_expected(full, suffix))
    return out


def _relative(paths, root):
    return [Path(p).relative_to(root).as_posix() for p in paths]


def check_order_and_hidden():
    """files come out in walk order, hidden names skipped"""
    tool = learner_module()
    with _tree() as folder:
        root = Path(folder.path())
        got = list(call(tool.walk_files, root).value)
        expect_equal(
            _relative(got, root), _relative(_expected(root), root),
            hint="In each folder yield its files (sorted by name) first, then walk each sub-folder "
                 "(sorted by name) completely. Skip every name that starts with '.'.",
        )
        expect(all(isinstance(p, Path) for p in got), "some items are not Path objects",
               hint="Yield pathlib.Path objects, e.g. Path(root) / name.")


def check_suffix_and_str_root():
    """a suffix filters file names and root may be a str"""
    tool = learner_module()
    with _tree() as folder:
        root = Path(folder.path())
        got = list(call(tool.walk_files, str(root), ".log").value)
        expect_equal(
            _relative(got, root), _relative(_expected(root, ".log"), root),
            hint="Yield only files whose name ends with the suffix; still walk every folder.",
        )


def check_is_lazy():
    """nothing is listed before the first file is asked for"""
    tool = learner_module()
    with _tree() as folder:
        root = Path(folder.path())
        walk = call(tool.walk_files, root).value
        expect(iter(walk) is walk,
               "walk_files returned a {}, not an iterator".format(type(walk).__name__),
               hint="Use yield inside walk_files, so calling it returns a generator.")
        (root / "0-late.log").write_text("added after the call\n")
        names = _relative(list(walk), root)
        expect(
            "0-late.log" in names,
            "a file created after walk_files() was called, but before the first next(), was missed",
            hint="Calling a generator function runs none of its body. If you build the whole list "
                 "first and return iter(list), the disk was read too early.",
        )


def check_lists_folders_when_reached():
    """a folder is listed only when the walk reaches it"""
    tool = learner_module()
    with _tree() as folder:
        root = Path(folder.path())
        walk = iter(call(tool.walk_files, root).value)
        first = next(walk)
        expect_equal(_relative([first], root), ["a.txt"],
                     hint="The first file is the root folder's first file in sorted order.")
        (root / "notes" / "deep" / "late.log").write_text("created mid-walk\n")
        names = _relative(list(walk), root)
        expect(
            "notes/deep/late.log" in names,
            "a file created in notes/deep after the walk had started was missed",
            hint="List a sub-folder when you get to it (recursion with yield from, or a stack of "
                 "folders still to visit), not all folders up front. Sorting everything that "
                 "rglob('*') returns reads the whole tree before the first result.",
        )
