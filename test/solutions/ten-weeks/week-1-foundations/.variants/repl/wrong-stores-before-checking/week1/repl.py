"""Week 1, hard: an interactive calculator that remembers variables.

Run it with ``python week1/repl.py``; it uses ``calculate`` from calculator.py.
"""
import keyword

from calculator import calculate

COMMANDS = {"vars", "del", "quit"}


class Session:
    """The state of one REPL session: the variables defined so far."""

    def __init__(self):
        self.variables = {}

    def run_line(self, line):
        """Run one line the user typed and return the text to show, or None to show nothing."""
        line = line.strip()
        if not line:
            return None
        try:
            if line == "vars":
                if not self.variables:
                    return "(no variables)"
                return "\n".join(f"{name} = {self.variables[name]}" for name in sorted(self.variables))
            if line.startswith("del "):
                name = line[4:].strip()
                if name not in self.variables:
                    raise NameError(f"name {name!r} is not defined")
                del self.variables[name]
                return None
            if "=" in line:
                name, _, expression = line.partition("=")
                name = name.strip()
                self.variables[name] = None          # reserve the name first
                self.variables[name] = calculate(expression, self.variables)
                return None
            return str(calculate(line, self.variables))
        except (ValueError, NameError, ZeroDivisionError) as error:
            return f"error: {error}"


def main():
    """Read lines until ``quit`` or the end of input, printing what each one gives."""
    session = Session()
    while True:
        try:
            line = input(">>> ")
        except EOFError:
            print()
            break
        if line.strip() == "quit":
            break
        output = session.run_line(line)
        if output is not None:
            print(output)


if __name__ == "__main__":
    main()
