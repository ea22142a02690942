"""Checks for the `organizer-category` milestone (capstone1/rules.py)."""
from pymastery import call, expect_equal, learner_module


def _category(module, name, rules=None):
    if rules is None:
        return call(module.category_for, name).value
    return call(module.category_for, name, rules).value


def check_known_extensions():
    """a listed extension gives its category"""
    module = learner_module()
    for name, wanted in [("cat.jpg", "images"), ("notes.txt", "documents"),
                         ("song.mp3", "audio"), ("prices.csv", "spreadsheets"),
                         ("tool.py", "code")]:
        expect_equal(_category(module, name), wanted,
                     message=f"category_for({name!r}) returned the wrong category",
                     hint="os.path.splitext(name)[1] is the extension with its dot; look for it "
                          "in each category's list of DEFAULT_RULES.")


def check_case_and_last_extension():
    """case does not matter and only the last extension counts"""
    module = learner_module()
    for name, wanted in [("Holiday.JPG", "images"), ("REPORT.Pdf", "documents"),
                         ("backup.tar.gz", "archives"), ("v1.2.notes.md", "documents")]:
        expect_equal(_category(module, name), wanted,
                     message=f"category_for({name!r}) returned the wrong category",
                     hint="Lower-case the extension before you look it up. splitext splits at "
                          "the last dot only, which is what you want.")


def check_folders_in_the_name():
    """a name with folders in it is judged by its file name"""
    module = learner_module()
    expect_equal(_category(module, "inbox/cat.png"), "images")
    expect_equal(_category(module, "my.photos/readme"), "other",
                 hint="A dot in a folder's name is not an extension: look at os.path.basename "
                      "first (splitext already does the right thing with it).")


def check_other():
    """no extension, hidden files and unknown extensions give other"""
    module = learner_module()
    for name in ["Makefile", ".bashrc", "data.xyz", "trailing."]:
        expect_equal(_category(module, name), module.OTHER,
                     message=f"category_for({name!r}) should be {module.OTHER!r}",
                     hint="When no category lists the extension (or there is none), return OTHER.")


def check_custom_rules():
    """the rules argument replaces the defaults"""
    module = learner_module()
    rules = {"photos": [".jpg"], "books": [".epub", ".pdf"]}
    expect_equal(_category(module, "cat.jpg", rules), "photos",
                 hint="Use the rules you are given; fall back to DEFAULT_RULES only when it is None.")
    expect_equal(_category(module, "novel.EPUB", rules), "books")
    expect_equal(_category(module, "song.mp3", rules), "other",
                 hint="With custom rules, an extension they do not list is OTHER even if the "
                      "defaults list it.")
