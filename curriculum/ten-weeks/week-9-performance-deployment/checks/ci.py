"""Checks for the `ci-pipeline` milestone (week9/ci/tests.yml)."""
from pymastery import expect, fail
from pymastery.track.deploy_files import load_yaml

PATH = "week9/ci/tests.yml"


def _workflow():
    data = load_yaml(PATH, "a GitHub Actions workflow")
    jobs = data.get("jobs")
    if not isinstance(jobs, dict) or not jobs:
        fail("The workflow has no jobs.", hint="Add jobs: with one job, for example test:.")
    job = next(iter(jobs.values()))
    if not isinstance(job, dict) or not isinstance(job.get("steps"), list):
        fail("The first job has no list of steps.", hint="Under the job, steps: is a list, each item starting with -.")
    return data, job


def _position(steps, test):
    for index, step in enumerate(steps):
        if isinstance(step, dict) and test(step):
            return index
    return None


def check_triggers():
    """the workflow runs on push and on pull requests"""
    data = load_yaml(PATH, "a GitHub Actions workflow")
    # YAML 1.1 reads a bare `on` key as True.
    trigger = data.get("on", data.get(True))
    names = [trigger] if isinstance(trigger, str) else list(trigger or [])
    expect("push" in names and "pull_request" in names,
           f"the workflow is triggered by {names!r}",
           hint="on: lists the events: push and pull_request.")


def check_steps():
    """checkout, set up Python, install, then run pytest"""
    _, job = _workflow()
    steps = job["steps"]
    expect("ubuntu" in str(job.get("runs-on", "")), f"runs-on is {job.get('runs-on')!r}",
           hint="runs-on: ubuntu-latest picks the machine.")
    checkout = _position(steps, lambda s: str(s.get("uses", "")).startswith("actions/checkout@"))
    setup = _position(steps, lambda s: str(s.get("uses", "")).startswith("actions/setup-python@"))
    install = _position(steps, lambda s: "pip install" in str(s.get("run", "")))
    tests = _position(steps, lambda s: "pytest" in str(s.get("run", "")) and "pip install" not in str(s.get("run", "")))
    for name, where, hint in (("a checkout step", checkout, "- uses: actions/checkout@v4 fetches the code."),
                              ("a setup-python step", setup, "- uses: actions/setup-python@v5 installs Python."),
                              ("a step that pip installs", install, "run: python -m pip install -e . pytest"),
                              ("a step that runs pytest", tests, "run: python -m pytest")):
        expect(where is not None, f"the job has no {name}", hint=hint)
    expect(checkout < setup < install < tests,
           "the steps are out of order: checkout, setup-python, install and pytest should come in that order",
           hint="Steps run top to bottom; the code must be there before anything is installed or tested.")


def check_matrix():
    """the tests run on at least two Python versions through a matrix"""
    _, job = _workflow()
    matrix = ((job.get("strategy") or {}).get("matrix") or {})
    versions = matrix.get("python-version") or []
    expect(isinstance(versions, list) and len(versions) >= 2 and all(isinstance(v, str) for v in versions),
           f"strategy.matrix.python-version is {versions!r}",
           hint="List at least two versions, quoted so that YAML keeps \"3.10\" from becoming 3.1.")
    setup = [s for s in job["steps"] if isinstance(s, dict) and str(s.get("uses", "")).startswith("actions/setup-python@")]
    given = str(((setup[0].get("with") or {}) if setup else {}).get("python-version", ""))
    expect("matrix.python-version" in given,
           f"setup-python is given python-version {given!r}, not the matrix's",
           hint="with: python-version: ${{ matrix.python-version }} runs the job once per version.")
