"""Checks for the `stream-chunks` milestone (week4/stream/chunks.py)."""
from pymastery import call, expect, expect_equal, learner_module, temp_folder


def check_read_chunks():
    """read_chunks yields pieces of at most chunk_size that join to the file"""
    module = learner_module()
    text = "".join("%d\n" % n for n in range(50))
    with temp_folder({"n.txt": text}) as folder:
        pieces = list(call(module.read_chunks, folder.path("n.txt"), 16).value)
    expect(all(0 < len(piece) <= 16 for piece in pieces),
           "chunk sizes were %s" % [len(piece) for piece in pieces],
           hint="file.read(chunk_size) returns at most chunk_size characters, '' at the end.")
    expect_equal("".join(pieces), text)


def check_lines_across_chunks():
    """numbers joins lines split between chunks"""
    module = learner_module()
    chunks = ["1.5\n2", "0\n\n3", "", "\n-4", ".25"]
    expect_equal(list(call(module.numbers, iter(chunks)).value), [1.5, 20.0, 3.0, -4.25],
                 hint="Keep the unfinished end of each chunk (the text after its last newline) "
                      "and put it in front of the next chunk. What is left at the very end is "
                      "the last line.")


def check_numbers_is_lazy():
    """numbers reads a chunk only when it needs one"""
    module = learner_module()
    taken = []

    def chunks():
        for piece in ["1\n2\n", "3\n", "4\n"]:
            taken.append(piece)
            yield piece

    stream = call(module.numbers, chunks()).value
    expect_equal(next(iter(stream)), 1.0)
    expect_equal(len(taken), 1, hint="Yield the numbers of a chunk before reading the next one.")
