"""Log analyser, step 1: read one line of a log.

A line looks like this (the message may contain any text, colons included):

    2024-03-01 12:00:03 ERROR db: connection lost
"""

LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")


def parse_line(line):
    """Return the line as a dict, without its trailing newline::

        {"time": "2024-03-01 12:00:03", "level": "ERROR",
         "source": "db", "message": "connection lost"}

    Raise ``ValueError`` with a short reason for a line that does not fit: too few parts,
    a level not in LEVELS, a date or time that is not ``YYYY-MM-DD HH:MM:SS``, or a missing
    ``source:``.
    """
    # TODO
    raise NotImplementedError("parse_line is not written yet")
