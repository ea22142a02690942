"""Checks for the `ebook-index` milestone (capstone5/indexer.py)."""
import inspect

from pymastery import call, expect, expect_equal, learner_module, temp_folder

BOOKS = {"whale.txt": "Call me Ishmael. The whale!\nThe sea, the WHALE's sea.\n",
         "emma.txt": "Emma Woodhouse, handsome and clever.\nThe end of the 2nd chapter\n",
         "notes.md": "whale whale whale\n", "old/poems.txt": "whale\n"}


def check_read_words():
    """read_words yields the lower-case words of a file"""
    module = learner_module()
    with temp_folder(BOOKS) as folder:
        words = list(call(module.read_words, folder.path("whale.txt")).value)
    expect_equal(words, ["call", "me", "ishmael", "the", "whale", "the", "sea", "the", "whale",
                         "s", "sea"],
                 hint="For each line, WORD.findall(line) gives its words; yield each one lower-cased.")


def check_read_words_is_lazy():
    """read_words is a generator that reads as it goes"""
    module = learner_module()
    with temp_folder() as folder:
        path = folder.write("big.txt", "first line here\n" + "filler words\n" * 20000)
        words = call(module.read_words, path).value
        expect(inspect.isgenerator(words),
               f"read_words returned {type(words).__name__}, not a generator",
               hint="Use `yield` inside the loop instead of building and returning a list.")
        expect_equal(next(words), "first")
        words.close()


def check_build_index():
    """build_index counts each word per .txt book"""
    module = learner_module()
    with temp_folder(BOOKS) as folder:
        index = call(module.build_index, folder.path()).value
    expect_equal(index.get("whale"), {"whale.txt": 2},
                 hint="Only .txt files directly in the folder count: skip notes.md and sub-folders.")
    expect_equal(index.get("the"), {"whale.txt": 3, "emma.txt": 2},
                 hint="index.setdefault(word, {}) gives the word's dict of counts per book.")
    expect_equal(index.get("emma"), {"emma.txt": 1})
    expect("2nd" not in index and "nd" in index, "digits are not part of words",
           hint="Use read_words, which uses the WORD pattern.")
    expect_equal(sorted(index), sorted(set(index)))
