"""Checking a project's name character by character, without regular expressions."""
import keyword
import string
import sys

STDLIB_FALLBACK = frozenset(["json", "os", "email", "unittest", "sys", "re", "string"])

ALLOWED = set(string.ascii_letters + string.digits + "._-")
SEPARATORS = "._-"


def validate_name(name):
    if not name or any(char not in ALLOWED for char in name):
        raise ValueError("%r holds characters a project name can't have" % name)
    if name[0] in SEPARATORS or name[-1] in SEPARATORS:
        raise ValueError("%r must start and end with a letter or a digit" % name)
    parts, current = [], ""
    for char in name.lower():
        if char in SEPARATORS:
            if current:
                parts.append(current)
            current = ""
        else:
            current += char
    parts.append(current)
    dist = "-".join(parts)
    module = "_".join(parts)
    if module[0].isdigit():
        raise ValueError("%r starts with a digit, so it can't be imported" % module)
    if keyword.iskeyword(module):
        raise ValueError("%r is a keyword" % module)
    if module in (sys.stdlib_module_names if sys.version_info >= (3, 10) else STDLIB_FALLBACK):
        raise ValueError("%r would shadow the standard library's module" % module)
    return dist, module
