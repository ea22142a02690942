"""Week 1, hard: an interactive calculator that remembers variables.

Run it with ``python week1/repl.py``; it uses ``calculate`` from calculator.py, so finish
the calculator milestone first.
"""
from calculator import calculate


class Session:
    """The state of one REPL session: the variables defined so far."""

    def __init__(self):
        self.variables = {}

    def run_line(self, line):
        """Run one line the user typed and return the text to show, or None to show nothing.

        - a blank line shows nothing;
        - ``name = expression`` stores the value under ``name`` and shows nothing; ``name``
          must be a valid Python identifier and not a keyword nor one of the commands;
        - ``vars`` shows one ``name = value`` line per variable, sorted by name, or
          ``(no variables)``;
        - ``del name`` forgets a variable and shows nothing;
        - anything else is an expression: show ``str()`` of its value.

        Any ValueError, NameError or ZeroDivisionError shows ``error: <message>`` instead,
        and leaves the variables as they were.
        """
        # TODO
        raise NotImplementedError("run_line is not written yet")


def main():
    """Read lines with the prompt ``>>> `` until ``quit`` or the end of input, printing
    what each one shows. The end of input (Ctrl-D) ends quietly, without a traceback."""
    # TODO: one Session, one loop around input().
    raise NotImplementedError("main is not written yet")


if __name__ == "__main__":
    main()
