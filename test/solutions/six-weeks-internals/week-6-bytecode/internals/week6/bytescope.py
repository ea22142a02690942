"""Week 6: bytescope, a bytecode viewer with source lines and a line tracer (reference solution).

Try it from a terminal in your workspace folder once the milestones are done:

    python internals/week6/bytescope.py
"""
import dis
import inspect
import sys


def instruction_rows(func):
    """Return one dict per bytecode instruction of ``func``, in order, with these keys:

    ``"offset"``, ``"opname"``, ``"argrepr"``
        as dis.get_instructions(func) reports them;
    ``"line"``
        the source line the instruction belongs to: the line of the nearest
        line start at or before its offset (see dis.findlinestarts). Line starts
        whose line is None don't count, and an instruction before the first
        line start belongs to ``func.__code__.co_firstlineno``;
    ``"effect"``
        ``dis.stack_effect(opcode, arg)``: how the instruction changes the
        depth of the value stack (for a jump, the larger of its two outcomes).

    The opcodes themselves differ between Python versions, so compute all of
    this from the interpreter that is running, never from a table.
    """
    code = func.__code__
    starts = [(offset, line) for offset, line in dis.findlinestarts(code) if line is not None]
    rows = []
    line = code.co_firstlineno
    for instruction in dis.get_instructions(func):
        while starts and starts[0][0] <= instruction.offset:
            line = starts.pop(0)[1]
        rows.append({
            "offset": instruction.offset,
            "opname": instruction.opname,
            "argrepr": instruction.argrepr,
            "line": line,
            "effect": dis.stack_effect(instruction.opcode, instruction.arg),
        })
    return rows


def annotate(func):
    """Return ``func``'s bytecode as text, grouped under the source lines it came from.

    Walk the rows from instruction_rows(func). Each time the line differs from
    the previous row's line (and for the first row), write a header line:
    the line number, two spaces, and that line of source with surrounding
    whitespace stripped. Then write every instruction of the run on its own line:

        <4 spaces><offset, right-aligned in 4> <opname padded to 24> <argrepr> [<effect>]

    (single spaces between the parts, so a long opname still has a space after
    it), with the effect written with a sign, like ``[+1]``, ``[-2]`` or ``[+0]``.
    For example (the exact instructions depend on your Python version):

        5  total += n
              30 LOAD_FAST                total [+1]
              32 LOAD_FAST                n [+1]
              34 BINARY_OP                += [-1]

    Get the source with inspect.getsourcelines(func). When the source is not
    available (a function made with exec, say), or a line falls outside it,
    the header is just the line number.
    """
    try:
        source, first = inspect.getsourcelines(func)
    except (OSError, TypeError):
        source, first = [], 0
    out = []
    previous = None
    for row in instruction_rows(func):
        if row["line"] != previous:
            previous = row["line"]
            index = row["line"] - first
            text = source[index].strip() if 0 <= index < len(source) else ""
            out.append("{}  {}".format(row["line"], text).rstrip())
        out.append("    {:>4} {:<24} {} [{:+d}]".format(
            row["offset"], row["opname"], row["argrepr"], row["effect"]))
    return "\n".join(out) + "\n"


def line_hits(func, *args, **kwargs):
    """Call ``func(*args, **kwargs)`` and count how often each of its lines ran.

    Return ``(result, hits)``: what the call returned, and a dict mapping line
    numbers to the number of "line" events sys.settrace reported for them in
    frames running ``func``'s own code (recursive calls included, other
    functions it calls not).

    Whatever trace function was installed before (sys.gettrace()) is put back
    afterwards, also when ``func`` raises; the exception is not caught.
    """
    code = func.__code__
    hits = {}

    def local(frame, event, arg):
        if event == "line":
            hits[frame.f_lineno] = hits.get(frame.f_lineno, 0) + 1
        return local

    def tracer(frame, event, arg):
        if frame.f_code is code:
            return local
        return None

    previous = sys.gettrace()
    sys.settrace(tracer)
    try:
        result = func(*args, **kwargs)
    finally:
        sys.settrace(previous)
    return result, hits


def sample(items, limit=3):
    """A small function to look at."""
    total = 0
    for n in items:
        if n > limit:
            total += n
    return total


def main():
    print(annotate(sample))
    result, hits = line_hits(sample, [1, 5, 2, 8])
    print("result:", result)
    for line in sorted(hits):
        print("line {:>4} ran {} time(s)".format(line, hits[line]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
