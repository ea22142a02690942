"""Milestone: add, list and complete tasks kept in a JSON file (taskman/store.py, JsonTaskStore)."""
import importlib.util
import json
import os

from pymastery import call, expect, learner_module, temp_folder

_spec = importlib.util.spec_from_file_location(
    "_store_contract", os.path.join(os.path.dirname(__file__), "_store_contract.py"))
contract = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(contract)


def _open(path):
    return learner_module().JsonTaskStore(path)


def check_adds_and_lists():
    """add() saves a task and all() lists them in id order"""
    contract.adds_and_lists(_open, "tasks.json")


def check_survives_a_restart():
    """A store opened later on the same file finds every task"""
    contract.survives_a_restart(_open, "tasks.json")


def check_never_reuses_ids():
    """Ids are never given out twice, even after removals and restarts"""
    contract.never_reuses_ids(_open, "tasks.json")


def check_unknown_ids_and_priorities():
    """Unknown ids raise KeyError, unknown priorities ValueError"""
    contract.unknown_ids_and_priorities(_open, "tasks.json")


def check_completes():
    """complete() records when a task was done"""
    contract.completes(_open, "tasks.json")


def check_file_is_json():
    """The file is plain JSON that names the tasks, and a missing file is an empty store"""
    with temp_folder() as folder:
        store = _open(folder.path("fresh.json"))
        expect(call(store.all).value == [], "a store on a missing file is not empty")
        call(store.add, "Feed the cat")
        text = folder.read_text("fresh.json")
        try:
            json.loads(text)
        except ValueError as err:
            expect(False, f"tasks.json is not valid JSON: {err}",
                   hint="Write the file with json.dump / json.dumps after every change.")
        expect("Feed the cat" in text, "the task's title is not in the file",
               hint="Save every change at once, not only when the program ends.")
