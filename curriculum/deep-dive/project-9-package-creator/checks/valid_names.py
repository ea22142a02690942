"""Milestone: check a project's name and derive its two names (pkgcreator/names.py)."""
from pymastery import call, capture, expect, expect_equal, expect_isinstance
from pymastery.track.web_project import fresh_import


def check_normalises():
    """Names are lower-cased, with runs of . _ - turned into one -"""
    names = fresh_import("pkgcreator.names")
    for given, expected in (("tiny-greeter", ("tiny-greeter", "tiny_greeter")),
                            ("Tiny_Greeter", ("tiny-greeter", "tiny_greeter")),
                            ("data.tools", ("data-tools", "data_tools")),
                            ("my--odd__.pkg", ("my-odd-pkg", "my_odd_pkg")),
                            ("a", ("a", "a")),
                            ("Py3k", ("py3k", "py3k"))):
        expect_equal(tuple(call(names.validate_name, given).value), expected,
                     message="validate_name(%r) should give %r" % (given, expected),
                     hint="Lower-case the name and replace each run of '.', '_' and '-' with "
                          "one '-' (re.sub(r'[-_.]+', '-', name)); the import name has '_' "
                          "instead of '-'.")


def _refused(names, name, why, hint):
    outcome = capture(names.validate_name, name)
    expect_isinstance(outcome.exception, ValueError,
                      message="validate_name(%r) should raise ValueError (%s), but it %s"
                              % (name, why, "raised %r" % outcome.exception if outcome.exception
                                 else "returned %r" % (outcome.value,)),
                      hint=hint)
    expect(str(outcome.exception).strip() != "",
           "the ValueError for %r has no message" % name,
           hint="Say what is wrong: ValueError(\"'2fast' can't be imported: ...\").")


def check_refuses_bad_characters():
    """Names with other characters, or that start or end badly, are refused"""
    names = fresh_import("pkgcreator.names")
    hint = ("Match the whole name with re.fullmatch and a pattern for letters, digits, '.', "
            "'_' and '-' that starts and ends with a letter or digit.")
    for name in ("", "-lead", "trail_", ".dot", "has space", " spaced", "caf\u00e9", "what?",
                 "a/b"):
        _refused(names, name, "not a valid project name", hint)


def check_refuses_unimportable():
    """Names that can't be imported, or would hide the standard library, are refused"""
    names = fresh_import("pkgcreator.names")
    _refused(names, "2fast", "the import name starts with a digit",
             "str.isidentifier() tells whether the import name can follow `import`.")
    for word in ("class", "import", "async"):
        _refused(names, word, "a keyword", "keyword.iskeyword(module) catches these.")
    for module in ("json", "Email", "unittest", "os"):
        _refused(names, module, "a standard-library module",
                 "Use sys.stdlib_module_names when sys has it, else STDLIB_FALLBACK: "
                 "getattr(sys, 'stdlib_module_names', STDLIB_FALLBACK).")
    call(names.validate_name, "jsonish")
    call(names.validate_name, "classy")
