"""Reading the automation files of day 21: GitHub Actions workflows and pre-commit settings
(YAML, with PyYAML) and pyproject.toml (with the harness's TOML reader)."""
import re

from pymastery import fail, read_toml

from .containers import load_yaml, read_text


def load_workflow(path):
    """A workflow file as a dict, with its triggers under "on" (YAML 1.1 reads a bare `on:` key
    as the boolean True, as PyYAML does)."""
    data = load_yaml(path)
    if True in data and "on" not in data:
        data["on"] = data.pop(True)
    if "on" not in data:
        fail("%s has no on: section, so nothing would ever start it." % path,
             hint="on: says which events run the workflow, for example push and pull_request.")
    if not isinstance(data.get("jobs"), dict) or not data["jobs"]:
        fail("%s has no jobs." % path, hint="jobs: holds one or more named jobs, each with runs-on and steps.")
    return data


def triggers(workflow):
    """{event: its settings (a dict, maybe empty)} of a workflow's on: section."""
    on = workflow["on"]
    if isinstance(on, str):
        return {on: {}}
    if isinstance(on, list):
        return {str(event): {} for event in on}
    if isinstance(on, dict):
        return {str(event): (settings or {}) for event, settings in on.items()}
    return {}


def steps_of(job):
    steps = job.get("steps") or []
    return [step for step in steps if isinstance(step, dict)]


def step_text(step):
    """What a step does, as one string: its uses: and its run: command."""
    return " ".join(str(step.get(key, "")) for key in ("uses", "run"))


def action(step):
    """(name, ref) of a step's uses:, such as ("actions/checkout", "v4"); None for a run step."""
    uses = step.get("uses")
    if not isinstance(uses, str) or uses.startswith("./"):
        return None
    name, _, ref = uses.partition("@")
    return name.lower(), ref


def runs(step, pattern):
    return bool(re.search(pattern, str(step.get("run", ""))))


# -- pyproject.toml --------------------------------------------------------------------------

def load_toml(path):
    """A workspace TOML file as a dict; an invalid file fails the check."""
    return read_toml(read_text(path), path)
