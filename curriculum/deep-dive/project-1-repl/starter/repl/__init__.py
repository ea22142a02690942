"""A small Python REPL built from the standard library: read, evaluate, print, loop."""
