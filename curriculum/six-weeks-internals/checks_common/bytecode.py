"""Sample functions for the week-6 bytecode checks, and the rows each check expects for them.

The expected rows are computed from the interpreter that runs the check, so they hold on any
Python version the learner uses.
"""
import dis
import importlib.util

from pymastery import temp_folder

SAMPLES = '''
def clamp(value, low=0, high=10):
    if value < low:
        return low
    if value > high:
        return high
    return value


def total_of(items):
    total = 0
    for item in items:
        if item % 2:
            total += item
    return total


def make_adder(step):
    def add(x):
        return x + step
    return add


def careful(text):
    try:
        number = int(text)
    except ValueError:
        number = -1
    finally:
        text = None
    return number


def report(name, count):
    message = "{}: {}".format(
        name,
        count,
    )
    return message
'''


def load_samples(extra="", keep_source=False):
    """Import the sample functions (and the source in `extra`) from a real file, so their source
    can be read. The file is removed once imported; with `keep_source` it stays until
    `module.folder.remove()` or the end of the check."""
    folder = temp_folder({"bytescope_samples.py": SAMPLES + extra})
    spec = importlib.util.spec_from_file_location("bytescope_samples",
                                                  folder.path("bytescope_samples.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    if keep_source:
        module.folder = folder
    else:
        folder.remove()   # compiled now; checks that need no source don't keep it
    return module


def expected_rows(func):
    """One row per instruction of `func`: offset, opname, argrepr, source line and stack effect."""
    code = func.__code__
    starts = sorted((offset, line) for offset, line in dis.findlinestarts(code) if line is not None)
    rows, line = [], code.co_firstlineno
    for instruction in dis.get_instructions(func):
        while starts and starts[0][0] <= instruction.offset:
            line = starts.pop(0)[1]
        rows.append({"offset": instruction.offset, "opname": instruction.opname,
                     "argrepr": instruction.argrepr, "line": line,
                     "effect": dis.stack_effect(instruction.opcode, instruction.arg)})
    return rows
