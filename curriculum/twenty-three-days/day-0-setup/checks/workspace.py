"""Checks for the `workspace` milestone: a .gitignore that does its job.

Whether a path is ignored is asked of git itself (`git check-ignore --no-index` in a scratch
repository holding a copy of the learner's .gitignore) when git is installed; without git a
small matcher for the common pattern forms answers instead.
"""
import fnmatch
import os
import shutil
import subprocess
import tempfile

from pymastery import expect, fail, learner_path

GITIGNORE = ".gitignore"


def _patterns(text):
    lines = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            lines.append(line)
    return lines


def _matches(pattern, path):
    """A rough reading of one .gitignore line (used only when git is not installed)."""
    directory_only = pattern.endswith("/")
    pattern = pattern.rstrip("/")
    anchored = "/" in pattern
    pattern = pattern.lstrip("/")
    parts = path.split("/")
    prefixes = ["/".join(parts[:i]) for i in range(1, len(parts) + 1)]
    for index, prefix in enumerate(prefixes):
        is_dir = index < len(parts) - 1
        if directory_only and not is_dir:
            continue
        if anchored:
            if fnmatch.fnmatchcase(prefix, pattern):
                return True
        elif fnmatch.fnmatchcase(prefix.rsplit("/", 1)[-1], pattern):
            return True
    return False


def _ignored_without_git(text, path):
    ignored = False
    for pattern in _patterns(text):
        negated = pattern.startswith("!")
        if _matches(pattern.lstrip("!"), path):
            ignored = not negated
    return ignored


def _ignored(paths):
    """{path: ignored?} for workspace-relative paths, by the learner's .gitignore."""
    with open(learner_path(GITIGNORE), encoding="utf-8", errors="replace") as handle:
        text = handle.read()
    git = shutil.which("git")
    if git is None:
        return {path: _ignored_without_git(text, path) for path in paths}
    scratch = tempfile.mkdtemp(prefix="pm-gitignore-")
    try:
        subprocess.run([git, "init", "-q", scratch], check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
        shutil.copyfile(learner_path(GITIGNORE), os.path.join(scratch, GITIGNORE))
        answers = {}
        for path in paths:
            status = subprocess.run([git, "check-ignore", "-q", "--no-index", path], cwd=scratch,
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                    stdin=subprocess.DEVNULL).returncode
            answers[path] = status == 0
        return answers
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def _environments_in_workspace():
    """Top-level folders of the workspace that are virtual environments (have pyvenv.cfg)."""
    root = learner_path(".")
    return sorted(name for name in os.listdir(root)
                  if os.path.isfile(os.path.join(root, name, "pyvenv.cfg")))


def check_gitignore_exists():
    """the workspace has a .gitignore"""
    expect(
        os.path.isfile(learner_path(GITIGNORE)),
        "There is no .gitignore file at the top of your workspace.",
        hint="Create a file named .gitignore (the dot is part of the name) in the folder you "
             "opened in VS Code, next to day0/.",
    )


def check_ignores_the_environment():
    """.gitignore keeps the virtual environment out of git"""
    if not os.path.isfile(learner_path(GITIGNORE)):
        fail("There is no .gitignore yet.", hint="Create .gitignore first.")
    found = _environments_in_workspace()
    names = found or ["venv", ".venv"]
    answers = _ignored([name + "/bin/python" for name in names])
    if found:
        leaked = [name for name in found if not answers[name + "/bin/python"]]
        expect(
            not leaked,
            "Your virtual environment folder %s/ is not ignored." % leaked[0] if leaked else "",
            hint="A venv holds thousands of files that belong to your machine only. Add a line "
                 "with its folder name and a slash at the end.",
        )
    else:
        expect(
            any(answers.values()),
            "Neither venv/ nor .venv/ is ignored by your .gitignore.",
            hint="Add a line for the folder your virtual environment lives in (the name you gave "
                 "python -m venv), with a slash at the end so only folders match.",
        )


def check_ignores_bytecode():
    """.gitignore keeps Python's bytecode caches out of git"""
    if not os.path.isfile(learner_path(GITIGNORE)):
        fail("There is no .gitignore yet.", hint="Create .gitignore first.")
    path = "week1/day1/__pycache__/typeinspector.cpython-312.pyc"
    expect(
        _ignored([path])[path],
        "A file such as %s would still be committed." % path,
        hint="Python writes compiled bytecode into __pycache__ folders next to your modules. "
             "One line that names that folder (at any depth) covers all of them.",
    )


def check_keeps_your_code():
    """.gitignore does not hide your own code"""
    if not os.path.isfile(learner_path(GITIGNORE)):
        fail("There is no .gitignore yet.", hint="Create .gitignore first.")
    paths = ["day0/hello.py", "day0/test_hello.py", "week1/day1/typeinspector.py", "README.md"]
    answers = _ignored(paths)
    hidden = [path for path in paths if answers[path]]
    expect(
        not hidden,
        "Your .gitignore would also leave out %s." % ", ".join(hidden),
        hint="A pattern that is too wide (such as *.py, or a bare day0) hides your own work. "
             "Name only generated folders and files.",
    )
