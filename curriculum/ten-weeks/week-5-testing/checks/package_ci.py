"""Checks for the `package-ci` milestone: week5/mathkit_pkg/.github/workflows/ci.yml."""
from pymastery import expect, fail, learner_path

ROOT = "week5/mathkit_pkg"


def _read(path):
    try:
        with open(learner_path(path), encoding="utf-8") as handle:
            return handle.read()
    except FileNotFoundError:
        fail(f"{path} is missing.")


def check_workflow():
    """the CI workflow runs on push and pull requests and installs, then tests"""
    import yaml

    data = yaml.safe_load(_read(ROOT + "/.github/workflows/ci.yml")) or {}
    # YAML 1.1 reads a bare `on` key as True.
    triggers = data.get("on", data.get(True))
    names = triggers if isinstance(triggers, (list, dict)) else [triggers]
    expect("push" in names and "pull_request" in names,
           f"The workflow runs on {names!r}; it should run on push and pull_request.")
    jobs = data.get("jobs") or {}
    expect(isinstance(jobs, dict) and jobs, "The workflow has no jobs.")
    steps = [step for job in jobs.values() for step in (job.get("steps") or [])]
    uses = " ".join(str(step.get("uses", "")) for step in steps)
    runs = " ".join(str(step.get("run", "")) for step in steps)
    expect("actions/checkout" in uses and "actions/setup-python" in uses,
           "The steps should use actions/checkout and actions/setup-python.",
           hint="`- uses: actions/checkout@v4` then `- uses: actions/setup-python@v5`.")
    expect("pip install" in runs and "pytest" in runs,
           f"The run steps are {runs!r}; one should pip install the package, one run pytest.")
    expect(runs.find("pip install") < runs.rfind("pytest"),
           "pytest must run after the install step.")
