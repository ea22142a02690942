"""Checks for the `ci-workflow` milestone: .github/workflows/ci.yml tests every push and pull
request on several Pythons, with linting, formatting, types and coverage."""
import re

from pymastery import expect, fail
from pymastery.track.ci_tools import action, load_workflow, runs, steps_of, triggers

PATH = ".github/workflows/ci.yml"


def _test_job():
    workflow = load_workflow(PATH)
    for name, job in workflow["jobs"].items():
        if isinstance(job, dict) and any(runs(step, r"pytest") for step in steps_of(job)):
            return name, job
    fail("No job in ci.yml runs pytest.", hint="A step with run: python -m pytest ... in a job's steps.")


def check_triggers():
    """ci.yml runs on every push and every pull request"""
    events = triggers(load_workflow(PATH))
    for event in ("push", "pull_request"):
        expect(event in events, "ci.yml does not run on %s." % event,
               hint="on: push: and pull_request: so both direct commits and proposed changes are tested.")


def check_python_matrix():
    """the test job runs on at least two Python versions, written as strings"""
    _, job = _test_job()
    matrix = ((job.get("strategy") or {}).get("matrix") or {})
    versions = matrix.get("python-version")
    expect(isinstance(versions, list) and len(versions) >= 2,
           "The test job's strategy.matrix.python-version is %r." % (versions,),
           hint="strategy: matrix: python-version: [\"3.9\", \"3.11\", \"3.13\"] runs the job once per version.")
    floats = [v for v in versions if isinstance(v, float)]
    expect(not floats, "python-version lists %r as numbers: YAML reads 3.10 as the number 3.1." % floats,
           hint="Quote every version: \"3.10\".")
    setups = [s for s in steps_of(job) if (action(s) or ("",))[0] == "actions/setup-python"]
    expect(setups, "The test job never uses actions/setup-python.", hint="uses: actions/setup-python@v5 installs the Python.")
    wanted = str((setups[0].get("with") or {}).get("python-version", ""))
    expect(re.search(r"\$\{\{\s*matrix\.python-version\s*\}\}", wanted),
           "setup-python installs %r instead of the matrix's version." % wanted,
           hint="with: python-version: ${{ matrix.python-version }}.")


def check_steps_in_order():
    """checkout, setup-python and the install come before the tools run"""
    _, job = _test_job()
    steps = steps_of(job)
    names = [(action(s) or ("",))[0] for s in steps]
    expect("actions/checkout" in names, "The test job never checks out the code.",
           hint="The first step is uses: actions/checkout@v4: a runner starts with an empty folder.")
    checkout, setup = names.index("actions/checkout"), names.index("actions/setup-python") if "actions/setup-python" in names else -1
    first_run = next((i for i, s in enumerate(steps) if s.get("run")), len(steps))
    expect(checkout < first_run and 0 <= setup < first_run,
           "Some run: step comes before checkout or setup-python.", hint="Check out, set up Python, then run commands.")
    installs = [i for i, s in enumerate(steps) if runs(s, r"pip install|uv (pip )?(install|sync)|poetry install")]
    tools = [i for i, s in enumerate(steps) if runs(s, r"\b(ruff|black|mypy|pytest)\b") and i not in installs]
    expect(installs and tools and installs[0] < min(tools),
           "The tools run before anything is installed.", hint="A step with run: python -m pip install ... comes before them.")
    for step in steps:
        ref = (action(step) or ("", "v1"))[1]
        expect(ref not in ("main", "master", "latest", ""),
               "%s is not pinned to a release." % step.get("uses"), hint="Use a version tag such as @v4.")
        expect(step.get("continue-on-error") not in (True, "true"),
               "A step has continue-on-error: true, so its failure would not fail the build.",
               hint="Let every check fail the job.")


def check_quality_gates():
    """the job lints with ruff, checks the formatting, runs mypy, and measures coverage"""
    _, job = _test_job()
    steps = steps_of(job)
    gates = [
        (r"\bruff\b.*\bcheck\b|\bruff\s+\.", "runs ruff check", "run: ruff check ."),
        (r"\bblack\b.*--check|\bruff\s+format\b.*--check", "checks the formatting without changing files",
         "run: black --check . (or ruff format --check .): in CI a formatter only reports."),
        (r"\bmypy\b", "runs mypy", "run: mypy versioning.py"),
        (r"pytest\b.*--cov|coverage\s+run", "measures coverage while testing",
         "run: python -m pytest --cov --cov-report=xml (pytest-cov), with fail_under in pyproject.toml."),
    ]
    for pattern, what, hint in gates:
        expect(any(runs(step, pattern) for step in steps), "No step of the test job %s." % what, hint=hint)
