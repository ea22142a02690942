"""Milestone: compare two manifests (syncer/compare.py, compare)."""
from pymastery import call, expect_equal, learner_module


def _info(digest, mtime, size=10):
    return learner_module("syncer/model.py").FileInfo(size, mtime, digest)


def _changes(source, dest):
    changes = call(learner_module().compare, source, dest).value
    return {name: getattr(changes, name)
            for name in ("new", "modified", "conflicts", "deleted", "unchanged")}


def check_new_deleted_unchanged():
    """Paths only on one side are new or deleted; the same content is unchanged"""
    source = {"b.txt": _info("bb", 100), "a.txt": _info("aa", 100), "same.txt": _info("ss", 100)}
    dest = {"same.txt": _info("ss", 100), "old.txt": _info("oo", 50)}
    expect_equal(_changes(source, dest),
                 {"new": ["a.txt", "b.txt"], "modified": [], "conflicts": [],
                  "deleted": ["old.txt"], "unchanged": ["same.txt"]},
                 hint="Set operations on the keys: source.keys() - dest.keys() is new, the "
                      "other way round is deleted, & gives the paths on both sides. Sort each list.")


def check_content_decides():
    """Only a different digest makes a file changed, whatever the times say"""
    source = {"touched.txt": _info("same", 500), "edited.txt": _info("new", 500)}
    dest = {"touched.txt": _info("same", 100), "edited.txt": _info("old", 100)}
    expect_equal(_changes(source, dest),
                 {"new": [], "modified": ["edited.txt"], "conflicts": [], "deleted": [],
                  "unchanged": ["touched.txt"]},
                 hint="A file saved again without changes has a new mtime but the same digest: "
                      "it is unchanged. Compare digests first.")


def check_newer_destination_is_a_conflict():
    """Different content with a newer (or equally old) copy in the destination is a conflict"""
    source = {"plan.txt": _info("mine", 100), "tie.txt": _info("x", 300), "nested/c.txt": _info("c1", 900)}
    dest = {"plan.txt": _info("theirs", 200), "tie.txt": _info("y", 300), "nested/c.txt": _info("c0", 800)}
    expect_equal(_changes(source, dest),
                 {"new": [], "modified": ["nested/c.txt"], "conflicts": ["plan.txt", "tie.txt"],
                  "deleted": [], "unchanged": []},
                 hint="When the digests differ, a source mtime greater than the destination's "
                      "means modified; otherwise someone changed the copy, and it's a conflict.")


def check_empty_sides():
    """An empty destination makes every file new; an empty source every file deleted"""
    files = {"z.txt": _info("z", 1), "a/b.txt": _info("b", 1)}
    expect_equal(_changes(files, {})["new"], ["a/b.txt", "z.txt"])
    expect_equal(_changes({}, files)["deleted"], ["a/b.txt", "z.txt"])
