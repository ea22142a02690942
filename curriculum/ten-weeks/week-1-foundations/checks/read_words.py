"""Checks for the `analyser-read` milestone (week1/analyser/reading.py)."""
from pymastery import call, expect_equal, learner_module, temp_folder


def _words(text):
    module = learner_module()
    with temp_folder({"sample.txt": text}) as folder:
        return call(module.read_words, folder.path("sample.txt")).value


def check_lower_case_words():
    """read_words returns the words in lower case, in order"""
    expect_equal(_words("The cat sat.\nThe MAT was flat!\n"),
                 ["the", "cat", "sat", "the", "mat", "was", "flat"],
                 hint="Read the whole file, lower-case it, then pick out the runs of letters.")


def check_punctuation_separates():
    """punctuation, digits and underscores separate words"""
    expect_equal(_words("one,two;three--four (five) 6six seven_eight\tnine"),
                 ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
                 hint="str.split() only splits on spaces. A regular expression such as "
                      "re.findall(pattern, text) finds the runs of letters wherever they are.")


def check_apostrophes():
    """an apostrophe between letters stays inside the word"""
    expect_equal(_words("Don't stop: it's the dogs' dinner, 'tis said."),
                 ["don't", "stop", "it's", "the", "dogs", "dinner", "tis", "said"],
                 hint="Allow an apostrophe only when letters follow it: letters, then any number of "
                      "(apostrophe + letters) groups.")


def check_any_alphabet():
    """letters of any alphabet count, and the file is read as UTF-8"""
    expect_equal(_words("Café au lait, naïve Straße; Ωmega!"),
                 ["café", "au", "lait", "naïve", "straße", "ωmega"],
                 hint="Open the file with encoding=\"utf-8\". In a regex, [a-z] misses é; "
                      "[^\\W\\d_] means 'a word character that is not a digit or an underscore', "
                      "which is a letter of any alphabet.")


def check_empty_file():
    """an empty file has no words"""
    expect_equal(_words(""), [])
