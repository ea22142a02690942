"""Checks for the `jsonl-stream` milestone (week3/jsonl_stream.py)."""
import json

from pymastery import call, expect_equal, expect_flat_memory, learner_module, temp_folder

EVENTS = ('{"user": "ada", "ms": 120}\n'
          '{"user": "bob", "ms": 900}\n'
          '\n'
          '{"user": "cy", "ms": 15\n'
          '{"user": "dee", "ms": 640}\n')


def check_keeps_matching_records():
    """only the records keep() accepts are written, one JSON object a line"""
    module = learner_module()
    with temp_folder({"events.jsonl": EVENTS}) as folder:
        result = call(module.filter_jsonl, folder.path("events.jsonl"), folder.path("slow.jsonl"),
                      lambda record: record["ms"] > 500).value
        lines = [line for line in folder.read_text("slow.jsonl").split("\n") if line.strip()]
        expect_equal([json.loads(line) for line in lines],
                     [{"user": "bob", "ms": 900}, {"user": "dee", "ms": 640}],
                     hint="For each line: json.loads it, ask keep(record), and if true write "
                          "json.dumps(record) followed by a newline.")
        expect_equal(tuple(result), (2, 1),
                     hint="Return (kept, bad): the cut-off line counts as bad, the blank line as "
                          "neither.")


def check_memory_stays_flat():
    """a file ten times as long needs no more memory"""
    module = learner_module()
    with temp_folder() as folder:

        def events_file(n):
            return folder.write("events-%d.jsonl" % n, "".join(
                '{"id": %d, "ms": %d}\n' % (i, i % 1000) for i in range(n)))

        def run(path):
            return module.filter_jsonl(path, folder.path("out.jsonl"), lambda r: r["ms"] > 990)

        expect_flat_memory(run, events_file, at=module.filter_jsonl,
                           hint="Loop over the open file with `for line in file:` and write each "
                                "kept record at once, instead of reading all lines or collecting "
                                "the records in a list.")
