"""Start the REPL with ``python -m repl`` from the workspace folder."""

from repl.loop import run_repl

if __name__ == "__main__":
    run_repl()
