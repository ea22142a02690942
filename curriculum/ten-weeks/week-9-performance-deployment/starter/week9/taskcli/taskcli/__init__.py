"""A small task list for the command line."""
__version__ = "0.1.0"
