"""Checks for the `annotate` milestone: a listing grouped under source lines."""
import inspect
import re

from pymastery import call, expect, expect_equal, expect_isinstance, fail, learner_module
from pymastery.track.bytecode import expected_rows, load_samples

HEADER = re.compile(r"^(\d+)(?:  (.*))?$")
INSTRUCTION = re.compile(r"^\s+(\d+)\s+(\S+)(?:\s+(.*?))?\s*\[([+-]?\d+)\]\s*$")


def _expected_runs(func):
    try:
        source, first = inspect.getsourcelines(func)
    except (OSError, TypeError):
        source, first = [], 0
    runs, previous = [], None
    for row in expected_rows(func):
        if row["line"] != previous:
            previous = row["line"]
            index = row["line"] - first
            text = source[index].strip() if 0 <= index < len(source) else ""
            runs.append((row["line"], text, []))
        runs[-1][2].append((row["offset"], row["opname"], row["argrepr"].strip(), row["effect"]))
    return runs


def _parse(text):
    expect_isinstance(text, str, hint="Return the listing as one string.")
    runs = []
    for raw in text.splitlines():
        line = raw.rstrip()
        if not line:
            continue
        header = HEADER.match(line)
        if header:
            runs.append((int(header.group(1)), (header.group(2) or "").strip(), []))
            continue
        instruction = INSTRUCTION.match(line)
        if instruction is None:
            fail("this line is neither a header nor an instruction: {!r}".format(line),
                 hint="Headers start with the line number at the left edge; instruction lines start "
                      "with spaces and end with the effect in brackets, like [+1].")
        if not runs:
            fail("an instruction comes before the first header",
                 hint="Write a header before the first instruction.")
        offset, opname, argrepr, effect = instruction.groups()
        runs[-1][2].append((int(offset), opname, (argrepr or "").strip(), int(effect)))
    return runs


def _compare(tool, func):
    got = _parse(call(tool.annotate, func).value)
    want = _expected_runs(func)
    expect_equal(
        [(line, len(items)) for line, _, items in got], [(line, len(items)) for line, _, items in want],
        message="the runs of lines for {} differ: (line, number of instructions)".format(func.__qualname__),
        hint="Start a new header whenever a row's line differs from the previous row's line. A line "
             "can come back later (a loop's header line often does), and it gets a new header then.",
    )
    for (line, text, items), (_, want_text, want_items) in zip(got, want):
        expect_equal(text, want_text,
                     message="the header of line {} shows {!r}".format(line, text),
                     hint="Index the list from inspect.getsourcelines(func) with line - first_line and "
                          "strip it.")
        expect_equal(items, want_items,
                     message="the instructions under line {} differ".format(line),
                     hint="Each instruction line: offset, opname, argrepr and the effect as [+n] or [-n], "
                          "with at least one space after the opname, even a long one.")


def check_listing_with_source():
    """each run of instructions sits under its line number and source text"""
    tool = learner_module()
    samples = load_samples(keep_source=True)
    try:
        for func in (samples.clamp, samples.total_of, samples.careful, samples.report):
            _compare(tool, func)
    finally:
        samples.folder.remove()


def check_nested_functions():
    """closures and their makers are listed the same way"""
    tool = learner_module()
    samples = load_samples(keep_source=True)
    try:
        for func in (samples.make_adder, samples.make_adder(5)):
            _compare(tool, func)
    finally:
        samples.folder.remove()


def check_without_source():
    """a function without source gets headers with just the line number"""
    tool = learner_module()
    namespace = {}
    exec(compile("def hidden(a):\n    b = a * 2\n    return b\n", "<no file>", "exec"), namespace)
    got = _parse(call(tool.annotate, namespace["hidden"]).value)
    expect(bool(got), "the listing is empty", hint="List the instructions even without source.")
    expect(all(text == "" for _, text, _ in got), "a header shows text although there is no source",
           hint="inspect.getsourcelines raises OSError when the source can't be found. Catch it "
                "and write headers with the number only.")
