"""Checks for the `release` milestone: .github/workflows/release.yml builds and publishes on a
version tag, after the tests; the README shows badges and explains the process."""
import re

from pymastery import expect, fail
from pymastery.track.ci_tools import action, load_workflow, runs, steps_of, triggers
from pymastery.track.containers import read_text

PATH = ".github/workflows/release.yml"


def check_runs_on_version_tags():
    """release.yml runs when a version tag is pushed, and not on every push"""
    events = triggers(load_workflow(PATH))
    push = events.get("push")
    tags = (push or {}).get("tags") if isinstance(push, dict) else None
    expect(isinstance(tags, list) and any(str(t).startswith("v") for t in tags),
           "release.yml does not run on pushed version tags (on: push: tags: is %r)." % (tags,),
           hint="on: push: tags: [\"v*.*.*\"]: a release starts when you push a tag such as v1.2.0.")
    expect(not (push or {}).get("branches") and "pull_request" not in events,
           "release.yml also runs on branch pushes or pull requests, so it could publish any commit.",
           hint="Only tags trigger it.")


def _jobs():
    return load_workflow(PATH)["jobs"]


def _tests(job):
    """Whether a job runs the tests itself or calls the CI workflow."""
    return isinstance(job, dict) and (str(job.get("uses", "")).endswith("ci.yml")
                                      or any(runs(s, r"pytest") for s in steps_of(job)))


def check_builds_and_publishes():
    """one job builds the package and publishes it"""
    jobs = _jobs()
    publishers = {name: job for name, job in jobs.items() if isinstance(job, dict) and any(
        runs(s, r"gh release create|twine upload") or (action(s) or ("",))[0] in
        ("pypa/gh-action-pypi-publish", "softprops/action-gh-release") for s in steps_of(job))}
    if not publishers:
        fail("No job in release.yml publishes anything.",
             hint="A step with uses: pypa/gh-action-pypi-publish@release/v1, or run: gh release create ...")
    name, job = next(iter(publishers.items()))
    expect(any(runs(s, r"python -m build|\bpyproject-build\b|\buv build\b|\bhatch build\b|\bpoetry build\b")
               for s in steps_of(job)),
           "The %s job publishes without building the package first." % name,
           hint="run: python -m pip install build && python -m build makes the wheel and sdist in dist/.")


def check_tests_gate_the_release():
    """publishing waits for the tests"""
    jobs = _jobs()
    for name, job in jobs.items():
        if not isinstance(job, dict) or not any(runs(s, r"gh release create|twine upload") or (action(s) or ("",))[0]
                                                  in ("pypa/gh-action-pypi-publish", "softprops/action-gh-release")
                                                  for s in steps_of(job)):
            continue
        needs = job.get("needs") or []
        needs = [needs] if isinstance(needs, str) else list(needs)
        expect(any(_tests(jobs.get(need)) for need in needs) or _tests(job),
               "The %s job can publish without the tests having passed." % name,
               hint="Add a test job (uses: ./.github/workflows/ci.yml, with workflow_call: in ci.yml's on:) and "
                    "needs: test in the publishing job.")


def check_no_tokens_in_the_file():
    """no token or password is written in the workflow"""
    text = read_text(PATH)
    expect(not re.search(r"pypi-[A-Za-z0-9_-]{16,}|gh[pousr]_[A-Za-z0-9]{20,}", text),
           "release.yml contains what looks like a real token.",
           hint="Revoke it now, then read it from ${{ secrets.NAME }}, or use PyPI's trusted publishing (id-token: write).")
    for match in re.finditer(r"^\s*(password|token|api[-_]?key|[A-Z_]*(TOKEN|PASSWORD))\s*:\s*(.+)$", text, re.M | re.I):
        expect("${{" in match.group(3), "%s is written in the file: %s" % (match.group(1), match.group(3).strip()),
               hint="Use ${{ secrets.NAME }} so the value lives in the repository's secrets, not in git.")


def check_readme():
    """the README shows the CI badge and explains CI and releasing"""
    text = read_text("week3/day21/README.md")
    expect(re.search(r"!\[[^\]]*\]\([^)]*actions/workflows/ci\.yml/badge\.svg[^)]*\)", text),
           "README.md shows no badge for ci.yml.",
           hint="![CI](https://github.com/<you>/<repo>/actions/workflows/ci.yml/badge.svg), ideally as a link to the runs.")
    headings = [line.lower() for line in text.splitlines() if line.startswith("#")]
    expect(any(re.search(r"\bci\b|continuous integration", h) for h in headings),
           "README.md has no section about CI.", hint="A heading such as ## How CI works, saying what runs when.")
    expect(any("release" in h for h in headings), "README.md has no section about releasing.",
           hint="A heading such as ## How to release, with the steps: version, tag, push.")
    expect("TODO" not in text, "README.md still has its TODO.")
