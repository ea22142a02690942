"""Trace mode (harness/run_trace.py): run as the extension runs it, a subprocess writing a file.

Each test reads the trace the way the view does: steps of frames whose variables are inline
values or references into the step's heap.
"""
from __future__ import annotations

import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
import unittest
from typing import Any, Dict, List, Optional

HERE = os.path.dirname(os.path.abspath(__file__))
REPOSITORY = os.path.dirname(os.path.dirname(HERE))
TRACER = os.path.join(REPOSITORY, "harness", "run_trace.py")

KINDS = {"list", "tuple", "set", "frozenset", "dict", "instance", "class", "function",
         "generator", "cell", "module", "other"}


def check_format(test: unittest.TestCase, document: dict) -> None:
    """The shape src/core/trace/traceFormat.ts validates, plus: every reference resolves."""
    test.assertEqual(document["version"], 1)
    test.assertIs(document["complete"], True)
    test.assertEqual(list(document)[-1], "complete", "complete is written last")
    test.assertIsInstance(document["source"]["file"], str)
    test.assertIsInstance(document["source"]["code"], str)
    stopped = document["stopped"]
    if stopped is not None:
        test.assertIn(stopped["reason"], ("steps", "time", "objects", "error"))
        test.assertTrue(stopped["message"])
    exception = document["exception"]
    if exception is not None:
        test.assertLess(exception["step"], len(document["steps"]))
        test.assertGreaterEqual(exception["step"], 0)
    seen_ids: List[int] = []
    for index, step in enumerate(document["steps"]):
        where = "step %d" % index
        test.assertIn(step["event"], ("line", "call", "return", "exception"), where)
        test.assertGreaterEqual(step["line"], 1, where)
        test.assertIsInstance(step["output"], str, where)
        heap = step["heap"]

        def value(item: dict) -> None:
            if "ref" in item:
                test.assertIn(item["ref"], heap, "%s: %s is not in the heap" % (where, item))
            else:
                test.assertEqual(set(item), {"type", "repr"}, where)

        def frame(entry: dict) -> None:
            test.assertGreaterEqual(entry["line"], 1, where)
            test.assertIsInstance(entry["function"], str)
            for variable in entry["locals"]:
                value(variable["value"])

        for entry in step["frames"]:
            frame(entry)
        for object_id, entry in heap.items():
            test.assertRegex(object_id, r"^o\d+$")
            seen_ids.append(int(object_id[1:]))
            test.assertIn(entry["kind"], KINDS, where)
            for item in entry.get("items", []):
                value(item)
            for key, item in entry.get("entries", []):
                value(key)
                value(item)
            for attribute in entry.get("attributes", []):
                value(attribute["value"])
            if "frame" in entry:
                frame(entry["frame"])
        for object_id in step["changed"]:
            test.assertIn(object_id, heap, where)
        if "returned" in step:
            test.assertEqual(step["event"], "return", where)
            value(step["returned"])
        if "exception" in step:
            test.assertEqual(step["event"], "exception", where)
    # Ids are given in the order objects are first met: o1, o2, … with no gaps.
    first_seen: List[int] = []
    for number in seen_ids:
        if number not in first_seen:
            first_seen.append(number)
    test.assertEqual(sorted(first_seen)[:len(first_seen)], list(range(1, len(first_seen) + 1)))


class Trace:
    """One trace file, with helpers to read its steps."""

    def __init__(self, document: dict, returncode: int, stderr: str) -> None:
        self.document = document
        self.returncode = returncode
        self.stderr = stderr
        self.steps: List[dict] = document["steps"] if document else []

    def local(self, step: dict, name: str, frame: int = -1) -> dict:
        for variable in step["frames"][frame]["locals"]:
            if variable["name"] == name:
                return variable["value"]
        raise AssertionError("no variable %s in %s" % (name, step["frames"][frame]))

    def names(self, step: dict, frame: int = -1) -> List[str]:
        return [variable["name"] for variable in step["frames"][frame]["locals"]]

    def object(self, step: dict, value: dict) -> dict:
        return step["heap"][value["ref"]]

    def reprs(self, step: dict, entry: dict) -> List[str]:
        """The items of a list-like object, each as its repr (inline) or its object's repr."""
        return [item["repr"] if "repr" in item else step["heap"][item["ref"]]["repr"]
                for item in entry["items"]]

    def at_line(self, line: int, event: str = "line", frame_function: Optional[str] = None
                ) -> List[dict]:
        return [step for step in self.steps if step["line"] == line and step["event"] == event
                and (frame_function is None or step["frames"][-1]["function"] == frame_function)]

    def last(self) -> dict:
        return self.steps[-1]


class TraceTestCase(unittest.TestCase):
    maxDiff = None

    def setUp(self) -> None:
        self.scratch = tempfile.mkdtemp(prefix="pymastery-trace-test-")
        self.addCleanup(shutil.rmtree, self.scratch, True)
        self.work = os.path.join(self.scratch, "work")
        os.mkdir(self.work)

    def trace(self, request: Dict[str, Any], cwd: Optional[str] = None,
              timeout: float = 60) -> Trace:
        request_file = os.path.join(self.scratch, "request.json")
        results = os.path.join(self.scratch, "trace.json")
        if os.path.exists(results):
            os.remove(results)
        with open(request_file, "w", encoding="utf-8") as handle:
            json.dump(request, handle)
        environment = dict(os.environ, PYTHONDONTWRITEBYTECODE="1", PYTHONIOENCODING="utf-8")
        process = subprocess.run(
            [sys.executable, TRACER, "--request", request_file, "--results", results],
            cwd=cwd or self.work, env=environment, stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, timeout=timeout, universal_newlines=True)
        document = None
        if os.path.exists(results):
            with open(results, encoding="utf-8") as handle:
                document = json.load(handle)
            check_format(self, document)
        self.assertEqual([name for name in os.listdir(self.scratch) if name.endswith(".tmp")], [],
                         "the trace is written whole, through a temporary file")
        return Trace(document, process.returncode, process.stderr)  # type: ignore[arg-type]

    def snippet(self, code: str, **limits: Any) -> Trace:
        trace = self.trace(dict(kind="snippet", code=textwrap.dedent(code), **limits))
        self.assertEqual(trace.returncode, 0, trace.stderr)
        return trace


class SnippetTest(TraceTestCase):
    def test_one_step_per_line_with_the_variables_before_it_runs(self) -> None:
        trace = self.snippet("""\
            x = 1
            y = x + 1
            """)
        self.assertEqual([(s["event"], s["line"]) for s in trace.steps],
                         [("line", 1), ("line", 2), ("return", 2)])
        self.assertEqual(trace.names(trace.steps[0]), [])
        self.assertEqual(trace.local(trace.steps[1], "x"), {"type": "int", "repr": "1"})
        self.assertEqual(trace.local(trace.last(), "y"), {"type": "int", "repr": "2"})
        self.assertNotIn("returned", trace.last(), "the end of a snippet returns nothing")
        self.assertEqual(trace.document["source"], {"file": "<snippet>", "code": "x = 1\ny = x + 1\n"})
        self.assertIsNone(trace.document["stopped"])
        self.assertIsNone(trace.document["exception"])

    def test_aliasing_two_names_for_one_list(self) -> None:
        trace = self.snippet("""\
            a = [1, 2]
            b = a
            c = [1, 2]
            b.append(3)
            done = True
            """)
        step = trace.last()
        self.assertEqual(trace.local(step, "a"), trace.local(step, "b"))
        self.assertNotEqual(trace.local(step, "a"), trace.local(step, "c"))
        shared = trace.object(step, trace.local(step, "a"))
        self.assertEqual(shared["kind"], "list")
        self.assertEqual(trace.reprs(step, shared), ["1", "2", "3"])
        self.assertEqual(trace.reprs(step, trace.object(step, trace.local(step, "c"))), ["1", "2"])
        # The append changed the shared list, and only it.
        append = trace.at_line(5)[0]
        self.assertEqual(append["changed"], [trace.local(step, "a")["ref"]])

    def test_ids_stay_with_their_objects_and_changed_marks_new_and_changed_ones(self) -> None:
        trace = self.snippet("""\
            first = {"k": [1]}
            second = (4, 5)
            first["k"].append(2)
            first["other"] = 3
            end = 0
            """)
        ids = [trace.local(step, "first")["ref"] for step in trace.steps[1:]]
        self.assertEqual(len(set(ids)), 1)
        by_line = {step["line"]: step for step in trace.steps if step["event"] == "line"}
        self.assertEqual(by_line[2]["changed"], ["o1", "o2"], "the dict and its list are new")
        self.assertEqual(by_line[3]["changed"], ["o3"], "the tuple is new; the rest is as before")
        self.assertEqual(by_line[4]["changed"], ["o2"], "only the inner list changed")
        self.assertEqual(by_line[5]["changed"], ["o1"])
        entries = by_line[5]["heap"]["o1"]["entries"]
        self.assertEqual([key["repr"] for key, _ in entries], ["'k'", "'other'"])
        self.assertEqual(entries[0][1], {"ref": "o2"})

    def test_default_arguments_that_remember(self) -> None:
        trace = self.snippet("""\
            def add(item, bucket=[]):
                bucket.append(item)
                return bucket
            add(1)
            add(2)
            """)
        calls = [step for step in trace.steps if step["event"] == "call"]
        self.assertEqual(len(calls), 2)
        buckets = [trace.local(step, "bucket") for step in calls]
        self.assertEqual([step["changed"] for step in calls], [[buckets[0]["ref"]]] * 2,
                         "the list is new in the view at each call, shown again")
        self.assertEqual(buckets[0], buckets[1], "both calls share one list")
        self.assertEqual(trace.reprs(calls[0], trace.object(calls[0], buckets[0])), [])
        self.assertEqual(trace.reprs(calls[1], trace.object(calls[1], buckets[1])), ["1"])
        returns = [step for step in trace.steps if step["event"] == "return"
                   and step["frames"][-1]["function"] == "add"]
        self.assertEqual([step["returned"] for step in returns], buckets)

    def test_closures_show_their_cells(self) -> None:
        trace = self.snippet("""\
            def counter():
                count = 0
                def step():
                    nonlocal count
                    count += 1
                    return count
                return step
            tick = counter()
            tick()
            tick()
            """)
        step = trace.last()
        function = trace.object(step, trace.local(step, "tick"))
        self.assertEqual(function["kind"], "function")
        self.assertEqual([a["name"] for a in function["attributes"]], ["count"])
        cell = trace.object(step, function["attributes"][0]["value"])
        self.assertEqual(cell["kind"], "cell")
        self.assertEqual(cell["items"], [{"type": "int", "repr": "2"}])
        # Inside step(), the free variable is a local of its frame too.
        inside = [s for s in trace.steps if s["frames"][-1]["function"] == "step"
                  and s["event"] == "return"]
        self.assertEqual([trace.local(s, "count")["repr"] for s in inside], ["1", "2"])

    def test_recursion_grows_and_unwinds_the_stack(self) -> None:
        trace = self.snippet("""\
            def fact(n):
                if n <= 1:
                    return 1
                return n * fact(n - 1)
            result = fact(4)
            """)
        depths = [len(step["frames"]) for step in trace.steps]
        self.assertEqual(max(depths), 5, "<module> and four calls of fact")
        deepest = trace.steps[depths.index(5)]
        self.assertEqual([f["function"] for f in deepest["frames"]], ["<module>"] + ["fact"] * 4)
        self.assertEqual([trace.local(deepest, "n", i)["repr"] for i in range(1, 5)],
                         ["4", "3", "2", "1"])
        self.assertEqual(len({f["id"] for f in deepest["frames"]}), 5, "each call its own frame id")
        # A frame keeps its id while it is on the stack.
        outer = deepest["frames"][1]["id"]
        for step in trace.steps:
            if len(step["frames"]) > 1:
                self.assertEqual(step["frames"][1]["id"], outer)
        returned = [step["returned"]["repr"] for step in trace.steps if step["event"] == "return"
                    and "returned" in step]
        self.assertEqual(returned, ["1", "2", "6", "24"])
        self.assertEqual(depths[-1], 1)
        self.assertEqual(trace.local(trace.last(), "result")["repr"], "24")

    def test_a_paused_generator_keeps_its_frame(self) -> None:
        trace = self.snippet("""\
            def squares(limit):
                for i in range(limit):
                    yield i * i
            numbers = squares(2)
            first = next(numbers)
            rest = list(numbers)
            """)
        paused = trace.at_line(6)[0]
        generator = trace.object(paused, trace.local(paused, "numbers"))
        self.assertEqual(generator["kind"], "generator")
        self.assertEqual(generator["frame"]["function"], "squares")
        self.assertEqual(generator["frame"]["line"], 3)
        self.assertEqual({v["name"]: v["value"]["repr"] for v in generator["frame"]["locals"]},
                         {"limit": "2", "i": "0"})
        finished = trace.object(trace.last(), trace.local(trace.last(), "numbers"))
        self.assertNotIn("frame", finished, "a finished generator has no frame")
        self.assertEqual(trace.reprs(trace.last(), trace.object(trace.last(),
                                                               trace.local(trace.last(), "rest"))),
                         ["1"])
        # Resuming a generator is a call into its frame.
        resumed = [step for step in trace.steps if step["event"] == "call"]
        self.assertGreaterEqual(len(resumed), 3)

    def test_a_generator_running_out_is_not_an_exception(self) -> None:
        trace = self.snippet("""\
            def pair():
                yield 1
                yield 2
            total = 0
            for number in pair():
                total += number
            squares = [n * n for n in pair()]
            spent = pair()
            next(spent)
            next(spent)
            next(spent)
            """)
        raised = [step for step in trace.steps if step["event"] == "exception"]
        self.assertEqual([(step["line"], step["exception"]["type"]) for step in raised],
                         [(11, "StopIteration")], "only the next() that found nothing left")
        self.assertEqual(trace.document["exception"]["type"], "StopIteration")

    def test_instances_classes_and_slots(self) -> None:
        trace = self.snippet("""\
            class Point:
                dimensions = 2
                def __init__(self, x, y):
                    self.x = x
                    self.y = y
                def __repr__(self):
                    print("repr was called")
                    return "P"
            class Pair:
                __slots__ = ("left", "right")
            p = Point(1, [2])
            q = Pair()
            q.left = p
            end = 0
            """)
        step = trace.last()
        point = trace.object(step, trace.local(step, "p"))
        self.assertEqual((point["kind"], point["type"]), ("instance", "Point"))
        self.assertEqual([a["name"] for a in point["attributes"]], ["x", "y"])
        self.assertEqual(point["attributes"][0]["value"], {"type": "int", "repr": "1"})
        self.assertIn("ref", point["attributes"][1]["value"])
        pair = trace.object(step, trace.local(step, "q"))
        self.assertEqual(pair["attributes"], [{"name": "left", "value": trace.local(step, "p")}])
        klass = trace.object(step, trace.local(step, "Point"))
        self.assertEqual(klass["kind"], "class")
        self.assertEqual([a["name"] for a in klass["attributes"]], ["dimensions"])
        self.assertEqual(trace.document["steps"][-1]["output"], "",
                         "the learner's __repr__ is never called by the tracer")

    def test_module_level_shows_the_learners_names_only(self) -> None:
        trace = self.snippet("""\
            import math
            import os.path
            from collections import deque
            from math import sqrt as root
            def area(r):
                return math.pi * r * r
            queue = deque([1, 2])
            end = 0
            """)
        step = trace.last()
        self.assertEqual(trace.names(step), ["root", "area", "queue", "end"])
        queue = trace.object(step, trace.local(step, "queue"))
        self.assertEqual((queue["kind"], queue["type"]), ("list", "deque"))
        self.assertEqual(trace.reprs(step, queue), ["1", "2"])
        self.assertEqual(trace.object(step, trace.local(step, "area"))["kind"], "function")

    def test_short_strings_are_inline_and_long_ones_objects(self) -> None:
        trace = self.snippet("""\
            short = "hi"
            long = "x" * 500
            end = 0
            """)
        step = trace.last()
        self.assertEqual(trace.local(step, "short"), {"type": "str", "repr": "'hi'"})
        text = trace.object(step, trace.local(step, "long"))
        self.assertEqual((text["kind"], text["type"]), ("other", "str"))
        self.assertLess(len(text["repr"]), 100)

    def test_output_so_far_in_each_step(self) -> None:
        trace = self.snippet("""\
            print("one")
            import sys
            print("two", file=sys.stderr)
            end = 0
            """)
        self.assertEqual([step["output"] for step in trace.steps],
                         ["", "one\n", "one\n", "one\ntwo\n", "one\ntwo\n"])

    def test_an_exception_that_ends_the_code(self) -> None:
        trace = self.snippet("""\
            def divide(a, b):
                return a / b
            values = [divide(4, 2), divide(1, 0)]
            """)
        raised = [index for index, step in enumerate(trace.steps) if step["event"] == "exception"]
        self.assertEqual(len(raised), 1, "recorded once, where it was raised")
        step = trace.steps[raised[0]]
        self.assertEqual(step["exception"]["type"], "ZeroDivisionError")
        self.assertEqual(step["frames"][-1]["function"], "divide")
        self.assertEqual(step["line"], 2)
        self.assertEqual(trace.document["exception"], {
            "type": "ZeroDivisionError", "message": step["exception"]["message"],
            "step": raised[0], "line": 2})
        unwinding = trace.steps[raised[0] + 1]
        self.assertEqual(unwinding["event"], "return")
        self.assertNotIn("returned", unwinding, "a frame ended by an exception returns nothing")
        self.assertEqual(trace.returncode, 0)

    def test_a_caught_exception_is_a_step_but_not_the_end(self) -> None:
        trace = self.snippet("""\
            try:
                int("seven")
            except ValueError as error:
                message = str(error)
            end = 0
            """)
        self.assertEqual([s["exception"]["type"] for s in trace.steps if "exception" in s],
                         ["ValueError"])
        self.assertIsNone(trace.document["exception"])
        message = trace.local(trace.last(), "message")
        self.assertIn("seven", trace.object(trace.last(), message)["repr"])

    def test_a_syntax_error_is_a_trace_without_steps_that_says_where(self) -> None:
        trace = self.snippet("x = 1\nif x\n    y = 2\n")
        self.assertEqual(trace.steps, [])
        stopped = trace.document["stopped"]
        self.assertEqual(stopped["reason"], "error")
        self.assertRegex(stopped["message"], r"syntax error on line 2")

    def test_exceptions_are_described_without_the_learners_methods(self) -> None:
        trace = self.snippet("""\
            class Account:
                def __repr__(self):
                    print("repr ran")
                    return "Account"
            class Broke(Exception):
                def __str__(self):
                    print("str ran")
                    return "broke"
            try:
                raise ValueError(Account())
            except ValueError as error:
                caught = error
            raise Broke("no money", 5)
            """)
        self.assertEqual(trace.last()["output"], "")
        caught = trace.object(trace.last(), trace.local(trace.last(), "caught"))
        self.assertEqual(caught["repr"], "ValueError(<Account object>)")
        self.assertEqual(trace.document["exception"]["type"], "Broke")
        self.assertEqual(trace.document["exception"]["message"], "('no money', 5)")

    def test_input_fails_at_once(self) -> None:
        trace = self.snippet("name = input()\n")
        self.assertEqual(trace.document["exception"]["type"], "EOFError")

    def test_exit_ends_the_trace_without_an_exception(self) -> None:
        trace = self.snippet("import sys\nx = 1\nsys.exit()\ny = 2\n")
        self.assertIsNone(trace.document["exception"])
        self.assertNotIn(4, [step["line"] for step in trace.steps])

    def test_ending_the_process_keeps_the_steps(self) -> None:
        trace = self.snippet("import os\nx = 1\nos._exit(4)\ny = 2\n")
        self.assertEqual([step["line"] for step in trace.steps], [1, 2, 3])
        self.assertIsNone(trace.document["stopped"])

    def test_values_the_learner_code_cannot_break(self) -> None:
        trace = self.snippet("""\
            class Loud(list):
                def __iter__(self):
                    raise RuntimeError("iterated")
                def __len__(self):
                    raise RuntimeError("measured")
            class Angry:
                def __getattribute__(self, name):
                    raise RuntimeError("looked at")
            big = 10 ** 5000
            loud = Loud([1, 2])
            angry = Angry()
            cycle = []
            cycle.append(cycle)
            end = 0
            """)
        step = trace.last()
        self.assertIsNone(trace.document["exception"])
        self.assertEqual(trace.reprs(step, trace.object(step, trace.local(step, "loud"))),
                         ["1", "2"])
        self.assertIn("digits", trace.local(step, "big")["repr"])
        cycle = trace.local(step, "cycle")
        self.assertEqual(trace.object(step, cycle)["items"], [cycle])


class LimitsTest(TraceTestCase):
    def test_an_endless_loop_stops_at_the_step_cap(self) -> None:
        trace = self.snippet("n = 0\nwhile True:\n    n += 1\n", max_steps=50)
        self.assertEqual(len(trace.steps), 50)
        self.assertEqual(trace.document["stopped"]["reason"], "steps")
        self.assertIn("50 steps", trace.document["stopped"]["message"])

    def test_the_default_step_cap_is_a_thousand(self) -> None:
        trace = self.snippet("while True:\n    pass\n")
        self.assertEqual(len(trace.steps), 1000)
        self.assertIn("1000 steps", trace.document["stopped"]["message"])

    def test_too_many_objects_cut_the_heap(self) -> None:
        trace = self.snippet("""\
            rows = [[i] for i in range(30)]
            end = 0
            """, max_objects=10)
        step = trace.last()
        self.assertTrue(step.get("heapTruncated"))
        self.assertEqual(len(step["heap"]), 10)
        rows = trace.object(step, trace.local(step, "rows"))
        self.assertEqual(sum(1 for item in rows["items"] if "ref" in item), 9)
        self.assertEqual(rows["items"][-1], {"type": "list", "repr": "[29]"},
                         "an object past the cap is shown by its repr where it is used")

    def test_long_containers_are_cut_per_object(self) -> None:
        trace = self.snippet("""\
            numbers = list(range(500))
            table = {i: i for i in range(500)}
            end = 0
            """)
        step = trace.last()
        numbers = trace.object(step, trace.local(step, "numbers"))
        self.assertTrue(numbers["truncated"])
        self.assertEqual(len(numbers["items"]), 50)
        table = trace.object(step, trace.local(step, "table"))
        self.assertTrue(table["truncated"])
        self.assertEqual(len(table["entries"]), 50)
        self.assertLessEqual(len(numbers["repr"]), 80)

    def test_time_runs_out_in_code_that_records_no_steps(self) -> None:
        trace = self.snippet("""\
            import time
            x = 1
            time.sleep(30)
            """, timeout_seconds=1)
        self.assertEqual(trace.document["stopped"]["reason"], "time")
        self.assertIn("1 second", trace.document["stopped"]["message"])
        self.assertEqual([step["line"] for step in trace.steps], [1, 2, 3])

    def test_time_runs_out_between_steps(self) -> None:
        trace = self.snippet("import time\nwhile True:\n    time.sleep(0.001)\n",
                             max_steps=10 ** 9, timeout_seconds=1)
        self.assertEqual(trace.document["stopped"]["reason"], "time")
        self.assertGreater(len(trace.steps), 10)

    def test_a_trace_too_large_to_show_stops(self) -> None:
        trace = self.snippet("""\
            rows = [list(range(50)) for i in range(40)]
            while True:
                rows[0][0] += 1
            """, max_steps=10 ** 9, timeout_seconds=30)
        self.assertEqual(trace.document["stopped"]["reason"], "objects")
        self.assertIn("more objects than a trace can show", trace.document["stopped"]["message"])

    def test_endless_recursion_is_named(self) -> None:
        trace = self.snippet("def down(n):\n    return down(n + 1)\ndown(0)\n",
                             max_steps=10 ** 6)
        self.assertEqual(trace.document["stopped"]["reason"], "objects")
        self.assertRegex(trace.document["stopped"]["message"],
                         r"the calls went \d+ deep.*calls itself without end")

    def test_a_print_flood_is_capped(self) -> None:
        trace = self.snippet("""\
            print("line\\n" * 200000)
            for i in range(3):
                print(i)
            """)
        output = trace.last()["output"]
        self.assertLess(len(output), 10000)
        self.assertRegex(output, r"more characters cut\]$")
        self.assertTrue(output.startswith("line\nline\n"))


class CallTest(TraceTestCase):
    def learner_file(self, source: str, name: str = "solution.py") -> str:
        folder = os.path.join(self.scratch, "learner")
        os.makedirs(folder, exist_ok=True)
        path = os.path.join(folder, name)
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(textwrap.dedent(source))
        return path

    def call(self, path: str, call: str, **limits: Any) -> Trace:
        trace = self.trace(dict(kind="call", file=path, call=call, **limits), cwd=self.work)
        self.assertEqual(trace.returncode, 0, trace.stderr)
        return trace

    def test_a_call_traces_the_learners_file_only(self) -> None:
        path = self.learner_file("""\
            import json
            with open("data.json") as handle:
                START = json.load(handle)["start"]

            def fib(n):
                if n < 2:
                    return n
                return fib(n - 1) + fib(n - 2)

            def total(numbers):
                return sum(sorted(numbers, key=lambda n: -n)) + START

            if __name__ == "__main__":
                print("not when imported")
            """)
        with open(os.path.join(os.path.dirname(path), "data.json"), "w") as handle:
            handle.write('{"start": 100}')
        trace = self.call(path, "fib(3)")
        self.assertEqual(trace.document["source"]["file"], path)
        self.assertIn("def fib(n):", trace.document["source"]["code"])
        first = trace.steps[0]
        self.assertEqual((first["event"], first["line"]), ("call", 5))
        self.assertEqual([f["function"] for f in first["frames"]], ["fib"])
        self.assertTrue(all(step["file"] == path for step in trace.steps))
        self.assertEqual(trace.last()["returned"], {"type": "int", "repr": "2"})
        self.assertEqual(trace.last()["output"], "")
        self.assertEqual(max(len(step["frames"]) for step in trace.steps), 3)

        # Learner code called from the standard library (sorted's key) is traced too.
        trace = self.call(path, "total([3, 1])")
        functions = {step["frames"][-1]["function"] for step in trace.steps}
        self.assertEqual(functions, {"total", "<lambda>"})
        self.assertEqual(trace.last()["returned"]["repr"], "104")
        self.assertFalse(os.path.exists(os.path.join(os.path.dirname(path), "__pycache__")))

    def test_objects_of_the_learners_other_files_are_instances(self) -> None:
        self.learner_file("""\
            class Money:
                def __init__(self, cents):
                    self.cents = cents
                def __repr__(self):
                    print("repr ran")
                    return "Money"
            """, "money.py")
        path = self.learner_file("""\
            from fractions import Fraction
            from money import Money
            def pay(cents):
                share = Fraction(cents, 3)
                return Money(cents)
            """)
        trace = self.call(path, "pay(5)")
        last = trace.last()
        money = trace.object(last, last["returned"])
        self.assertEqual((money["kind"], money["type"], money["repr"]),
                         ("instance", "Money", "<Money object>"))
        self.assertEqual(money["attributes"], [{"name": "cents",
                                                "value": {"type": "int", "repr": "5"}}])
        share = trace.object(last, trace.local(last, "share"))
        self.assertEqual((share["kind"], share["repr"]), ("other", "Fraction(5, 3)"),
                         "the standard library's own repr is used")
        self.assertEqual(last["output"], "")
        self.assertEqual({step["frames"][-1]["function"] for step in trace.steps}, {"pay"})

    def test_a_syntax_error_in_the_file_or_the_call(self) -> None:
        path = self.learner_file("def f(:\n    pass\n")
        trace = self.call(path, "f()")
        self.assertEqual(trace.steps, [])
        self.assertRegex(trace.document["stopped"]["message"], r"solution\.py has a syntax error on line 1")
        path = self.learner_file("def f():\n    return 1\n", "good.py")
        trace = self.call(path, "f(")
        self.assertEqual(trace.steps, [])
        self.assertIn("is not a Python expression", trace.document["stopped"]["message"])

    def test_an_import_that_fails_or_a_name_that_is_missing(self) -> None:
        path = self.learner_file("x = 1\ny = undefined_name\n")
        trace = self.call(path, "f()")
        self.assertEqual(trace.steps, [])
        self.assertRegex(trace.document["stopped"]["message"],
                         r"Importing solution\.py stopped with NameError \(line 2\)")
        path = self.learner_file("def f():\n    return 1\n", "good.py")
        trace = self.call(path, "g()")
        self.assertEqual(trace.steps, [])
        self.assertIn("NameError", trace.document["stopped"]["message"])

    def test_an_exception_in_the_call(self) -> None:
        path = self.learner_file("def half(n):\n    return n / 0\n")
        trace = self.call(path, "half(3)")
        self.assertEqual(trace.document["exception"]["type"], "ZeroDivisionError")
        self.assertEqual(trace.document["exception"]["line"], 2)

    def test_a_missing_file(self) -> None:
        trace = self.call(os.path.join(self.scratch, "nowhere.py"), "f()")
        self.assertEqual(trace.steps, [])
        self.assertIn("could not be read", trace.document["stopped"]["message"])


def _old_pythons() -> List[str]:
    """Interpreters older than 3.8 that pyenv holds on this machine."""
    root = os.environ.get("PYENV_ROOT") or os.path.expanduser("~/.pyenv")
    found = []
    for pattern in ("2.7*", "3.6*", "3.7*"):
        found += sorted(glob.glob(os.path.join(root, "versions", pattern, "bin", "python")))
    return found


class StartTest(TraceTestCase):
    def test_old_interpreters_get_a_trace_that_says_so(self) -> None:
        pythons = _old_pythons()
        if not pythons:
            self.skipTest("no Python older than 3.8 installed")
        request = os.path.join(self.scratch, "request.json")
        with open(request, "w") as handle:
            json.dump({"kind": "snippet", "code": "x = 1\n"}, handle)
        for python in pythons:
            with self.subTest(python=python):
                results = os.path.join(self.scratch, "old.json")
                process = subprocess.run([python, TRACER, "--request", request, "--results",
                                          results], stdout=subprocess.PIPE,
                                         stderr=subprocess.PIPE)
                self.assertEqual(process.returncode, 3)
                with open(results) as handle:
                    document = json.load(handle)
                self.assertEqual(document["steps"], [])
                self.assertRegex(document["stopped"]["message"],
                                 r"Python [23]\.\d+\.\d+ is too old to trace")

    def test_the_trace_mode_starts_light(self) -> None:
        """Neither the check API nor json, re or linecache: a short trace costs little more than
        starting Python. (Without site, which may import some of them itself.)"""
        request = os.path.join(self.scratch, "request.json")
        with open(request, "w") as handle:
            json.dump({"kind": "snippet", "code": "x = [1]\nprint(x)\n"}, handle)
        process = subprocess.run(
            [sys.executable, "-S", "-X", "importtime", TRACER, "--request", request, "--results",
             os.path.join(self.scratch, "trace.json")], stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, universal_newlines=True)
        self.assertEqual(process.returncode, 0, process.stderr)
        imported = {line.rpartition("|")[2].strip() for line in process.stderr.splitlines()
                    if line.startswith("import time:")}
        self.assertIn("pymastery._trace", imported)
        self.assertEqual(imported & {"pymastery._expect", "pymastery._learner", "json", "re",
                                     "linecache", "tokenize"}, set())


class UsageTest(TraceTestCase):
    def test_a_bad_request_is_a_harness_problem_on_stderr(self) -> None:
        trace = self.trace({"kind": "nothing"})
        self.assertEqual(trace.returncode, 2)
        self.assertIsNone(trace.document)
        self.assertIn("neither snippet nor call", trace.stderr)


if __name__ == "__main__":
    unittest.main()
