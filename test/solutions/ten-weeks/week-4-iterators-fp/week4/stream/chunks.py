"""Streaming pipeline, step 1: numbers from a big file read in chunks."""


def read_chunks(path, chunk_size=65536):
    """Yield the file's text in pieces of at most chunk_size characters."""
    with open(path, encoding="utf-8") as file:
        while True:
            chunk = file.read(chunk_size)
            if not chunk:
                return
            yield chunk


def numbers(chunks):
    """Yield a float per non-blank line, joining lines that span chunks."""
    rest = ""
    for chunk in chunks:
        lines = (rest + chunk).split("\n")
        rest = lines.pop()
        for line in lines:
            if line.strip():
                yield float(line)
    if rest.strip():
        yield float(rest)
