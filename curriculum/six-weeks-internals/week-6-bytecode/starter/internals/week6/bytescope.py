"""Week 6: bytescope, a bytecode viewer with source lines and a line tracer.

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
    # TODO
    raise NotImplementedError("instruction_rows is not written yet")


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
    # TODO
    raise NotImplementedError("annotate is not written yet")


def line_hits(func, *args, **kwargs):
    """Call ``func(*args, **kwargs)`` and count how often each of its lines ran.

    Return ``(result, hits)``: what the call returned, and a dict mapping line
    numbers to the number of "line" events sys.settrace reported for them in
    frames running ``func``'s own code (recursive calls included, other
    functions it calls not).

    Whatever trace function was installed before (sys.gettrace()) is put back
    afterwards, also when ``func`` raises; the exception is not caught.
    """
    # TODO
    raise NotImplementedError("line_hits is not written yet")


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
