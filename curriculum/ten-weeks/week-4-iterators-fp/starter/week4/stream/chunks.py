"""Streaming pipeline, step 1: numbers from a big file read in chunks."""


def read_chunks(path, chunk_size=65536):
    """Yield the text of the file at ``path`` in pieces of at most ``chunk_size`` characters."""
    # TODO
    raise NotImplementedError("read_chunks is not written yet")


def numbers(chunks):
    """Yield one float per line of the text the chunks make up, in order.

    A line may be split across two chunks (or more). Blank lines are skipped; the last line
    may lack its newline.
    """
    # TODO
    raise NotImplementedError("numbers is not written yet")
