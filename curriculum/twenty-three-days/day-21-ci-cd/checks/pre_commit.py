"""Checks for the `pre-commit` milestone: .pre-commit-config.yaml runs ruff, a formatter and
mypy from pinned releases."""
import re

from pymastery import expect, fail
from pymastery.track.containers import load_yaml

PATH = ".pre-commit-config.yaml"


def _repos():
    repos = load_yaml(PATH).get("repos")
    if not isinstance(repos, list) or not repos:
        fail(".pre-commit-config.yaml lists no repos.",
             hint="repos: is a list; each entry has repo (a git URL), rev (a tag) and hooks (a list of ids).")
    return repos


def _hook_ids():
    ids = []
    for repo in _repos():
        for hook in (repo or {}).get("hooks") or []:
            if isinstance(hook, dict) and hook.get("id"):
                ids.append(str(hook["id"]))
    return ids


def check_each_repo_is_pinned():
    """every hook repository has hooks and a pinned rev"""
    for repo in _repos():
        expect(isinstance(repo, dict) and repo.get("repo") and repo.get("hooks"),
               "A repos entry is %r." % (repo,), hint="Each entry needs repo: and hooks: (and rev:, unless repo: local).")
        if repo["repo"] in ("local", "meta"):
            continue
        rev = str(repo.get("rev", ""))
        expect(rev and re.search(r"\d", rev) and rev not in ("main", "master", "HEAD"),
               "%s has rev %r." % (repo["repo"], rev),
               hint="Pin a release tag such as v0.8.0 (pre-commit autoupdate moves them forward for you), so "
                    "everyone runs the same version.")


def check_the_hooks():
    """the hooks run ruff, a formatter and mypy"""
    ids = _hook_ids()
    expect(any(i in ("ruff", "ruff-check") for i in ids), "No ruff hook (hooks: %s)." % ids,
           hint="repo: https://github.com/astral-sh/ruff-pre-commit with id: ruff.")
    expect(any(i in ("black", "ruff-format") for i in ids), "No formatter hook.",
           hint="id: black from https://github.com/psf/black (or ruff-format).")
    expect("mypy" in ids, "No mypy hook.", hint="repo: https://github.com/pre-commit/mirrors-mypy with id: mypy.")
