"""Checking a new project's name, and deriving the two names a package goes by."""
import keyword
import re
import sys

#: Modules of the standard library, for Pythons older than 3.10, which lack
#: sys.stdlib_module_names. A package with one of these names would hide the real module.
STDLIB_FALLBACK = frozenset("""
    abc argparse array ast asyncio base64 bisect builtins calendar cmath code codecs collections
    contextlib copy csv ctypes dataclasses datetime decimal difflib dis email enum errno
    fnmatch fractions functools gc getpass gettext glob gzip hashlib heapq hmac html http
    importlib inspect io ipaddress itertools json keyword locale logging lzma math mimetypes
    multiprocessing numbers operator os pathlib pickle platform pprint queue random re sched
    secrets select selectors shelve shlex shutil signal site socket sqlite3 ssl stat statistics
    string struct subprocess sys sysconfig tarfile tempfile test textwrap threading time
    timeit tkinter token tokenize tomllib trace traceback types typing unicodedata unittest
    urllib uuid venv warnings weakref xml zipfile zipimport zlib zoneinfo
""".split())


def validate_name(name):
    """(distribution name, import name) for the project name `name`, or ValueError.

    A valid name is ASCII letters, digits, ".", "_" and "-", starting and ending with a
    letter or digit (surrounding spaces are not allowed either).

    - The distribution name is the normalised form pip and PyPI use: lower case, with every
      run of ".", "_" and "-" turned into a single "-". "Tiny_Greeter" -> "tiny-greeter".
    - The import name is the distribution name with "-" turned into "_": "tiny_greeter".
      It must be a valid identifier, must not be a keyword ("class") and must not be the name
      of a standard-library module ("json"): each of those is a ValueError too.
    Every ValueError says what is wrong with the name.
    """
    if not re.match(r"[A-Za-z0-9]", name):
        raise ValueError("%r is not a valid project name: use ASCII letters, digits, '.', '_' "
                         "and '-', starting and ending with a letter or digit" % name)
    dist = re.sub(r"[-_.]+", "-", name).lower()
    module = dist.replace("-", "_")
    if not module.isidentifier():
        raise ValueError("%r can't be imported: a module name can't start with a digit" % module)
    if keyword.iskeyword(module):
        raise ValueError("%r is a Python keyword, so `import %s` would be a syntax error"
                         % (module, module))
    stdlib = getattr(sys, "stdlib_module_names", STDLIB_FALLBACK)
    if module in stdlib:
        raise ValueError("%r is a standard-library module: your package would hide it" % module)
    return dist, module
