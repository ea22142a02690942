"""The taskcli command: `taskcli add "buy milk"` and `taskcli list`."""
import json
import os
import sys

STORE = os.environ.get("TASKCLI_FILE", "tasks.json")


def _load():
    if not os.path.exists(STORE):
        return []
    with open(STORE, encoding="utf-8") as file:
        return json.load(file)


def main(argv=None):
    """Run the command with ``argv`` (sys.argv[1:] by default); return the exit status."""
    argv = sys.argv[1:] if argv is None else argv
    tasks = _load()
    if argv[:1] == ["add"] and len(argv) == 2:
        tasks.append(argv[1])
        with open(STORE, "w", encoding="utf-8") as file:
            json.dump(tasks, file)
        print("added", argv[1])
        return 0
    if argv == ["list"]:
        for number, task in enumerate(tasks, 1):
            print(number, task)
        return 0
    print("usage: taskcli add TEXT | taskcli list", file=sys.stderr)
    return 2
