"""Text analyser, step 1: read the words of a text file."""
import re

# A letter is a word character that is neither a digit nor an underscore.
WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*")


def read_words(path):
    """Return the words of the UTF-8 text file at ``path``, in lower case, in order.

    A word is a run of letters (of any alphabet), which may hold apostrophes between
    letters: ``don't`` is one word. Digits, underscores and other punctuation separate words.
    """
    with open(path, encoding="utf-8") as file:
        return WORD.findall(file.read().lower())
