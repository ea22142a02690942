"""taskman: a command-line task manager with a JSON or SQLite store."""
