"""Every example in docs/check-api.md runs: each is a check file under fixtures/examples/<name>/
with a right and a wrong answer, and the doc shows exactly that file."""
import importlib.util
import os
import re
import shutil

from support import FIXTURES, REPOSITORY, HarnessTestCase

EXAMPLES = os.path.join(FIXTURES, "examples")
DOC = os.path.join(REPOSITORY, "docs", "check-api.md")

#: example folder -> (target file, anchor)
TARGETS = {
    "function": ("words.py", "count_words"),
    "class_with_state": ("bank.py", "Account"),
    "printed_report": ("report.py", "print_report"),
    "command_line": ("wc.py", "main"),
    "file_processing": ("sales.py", "summarize"),
    "network": ("weather.py", "temperature"),
    "third_party": ("settings.py", "load_settings"),
    "fake_clock": ("retry.py", "with_retries"),
    "complexity": ("sorting.py", "sort_numbers"),
    "streaming_memory": ("longest.py", "longest_line"),
}

MARKER = re.compile(r"<!-- example: (\S+) -->\s*\n```python\n(.*?)```", re.DOTALL)


def doc_examples() -> dict:
    """{repository path: code} of every example block the doc marks."""
    with open(DOC, encoding="utf-8") as doc:
        text = doc.read()
    return {path: code for path, code in MARKER.findall(text)}


class ExamplesTest(HarnessTestCase):
    def run_example(self, name: str, answer: str):
        target, anchor = TARGETS[name]
        workspace = os.path.join(self.scratch, name + "-" + answer)
        shutil.copytree(os.path.join(EXAMPLES, name, answer), workspace)
        environment = {}
        stand_in = os.path.join(EXAMPLES, name, "stand-in")
        if name == "third_party" and importlib.util.find_spec("yaml") is None:
            environment["PYTHONPATH"] = stand_in  # this Python has no PyYAML
        return self.run_harness(os.path.join(EXAMPLES, name, "check.py"), workspace,
                                "--target", target, "--anchor", anchor, "--timeout", "60",
                                environment=environment)

    def test_every_example_passes_on_a_right_answer_and_fails_on_a_wrong_one(self) -> None:
        self.assertEqual(sorted(os.listdir(EXAMPLES)), sorted(TARGETS))
        for name in TARGETS:
            with self.subTest(example=name):
                right = self.run_example(name, "right")
                self.assertEqual(right.status, "pass", right.checks)
                wrong = self.run_example(name, "wrong")
                self.assertEqual(wrong.status, "fail", wrong.checks)
                for entry in wrong.checks:
                    if entry["status"] == "fail":
                        self.assertEqual(entry["location"]["file"], TARGETS[name][0], entry)

    def test_the_doc_shows_every_example_as_it_is(self) -> None:
        shown = doc_examples()
        expected = {"test/harness/fixtures/examples/%s/check.py" % name for name in TARGETS}
        self.assertLessEqual(expected, set(shown))
        for path, code in shown.items():
            with self.subTest(path=path):
                with open(os.path.join(REPOSITORY, path), encoding="utf-8") as source:
                    self.assertEqual(code, source.read())
