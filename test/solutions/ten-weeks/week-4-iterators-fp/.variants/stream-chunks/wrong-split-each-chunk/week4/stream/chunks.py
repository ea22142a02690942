def read_chunks(path, chunk_size=65536):
    with open(path, encoding="utf-8") as file:
        while True:
            chunk = file.read(chunk_size)
            if not chunk:
                return
            yield chunk


def numbers(chunks):
    for chunk in chunks:
        for line in chunk.split("\n"):
            if line.strip():
                yield float(line)
