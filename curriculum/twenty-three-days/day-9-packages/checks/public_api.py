"""Checks for the `public-api` milestone: the __init__.py files of datatools."""
import os
import subprocess
import sys
import types

from pymastery import call, expect, expect_equal, fail, learner_path
from pymastery.track.packages import import_from

ROOT = "week2/day9"
SUBPACKAGES = {
    "processing": ["normalize_keys", "clean_records", "group_by"],
    "validation": ["validate_record", "split_valid"],
    "export": ["to_csv", "to_json", "write"],
}
SUBMODULES = {"processing": "cleaning", "validation": "rules", "export": "writers"}
TOP_LEVEL = ["clean_records", "split_valid", "write"]


def _star(name):
    import_from(ROOT, name)
    namespace = {}
    call(exec, "from %s import *" % name, namespace)
    namespace.pop("__builtins__", None)
    return namespace


def check_version():
    """datatools.__version__ is a version string"""
    datatools = import_from(ROOT, "datatools")
    version = getattr(datatools, "__version__", None)
    expect(isinstance(version, str) and version[:1].isdigit() and "." in version,
           "datatools.__version__ should be a version string such as \"0.1.0\", not %r." % (version,),
           hint="Add __version__ = \"0.1.0\" to datatools/__init__.py, the same version as in pyproject.toml.")


def check_regular_packages():
    """datatools and its three subpackages are regular packages"""
    for name in ["datatools"] + ["datatools." + sub for sub in SUBPACKAGES]:
        package = import_from(ROOT, name)
        location = getattr(package, "__file__", None)
        expect(hasattr(package, "__path__"), "%s should be a package (a folder), not a module." % name,
               hint="Each of processing, validation and export is a folder inside datatools/.")
        expect(location is not None and os.path.basename(location) == "__init__.py",
               "%s has no __init__.py, so Python treats it as a namespace package." % name,
               hint="Give every package folder an __init__.py: it is where its public API lives.")


def check_import_datatools_reaches_subpackages():
    """`import datatools` is enough to reach datatools.processing and friends"""
    datatools = import_from(ROOT, "datatools")
    for sub, names in SUBPACKAGES.items():
        package = getattr(datatools, sub, None)
        if not isinstance(package, types.ModuleType):
            fail("After only `import datatools`, datatools.%s is not there." % sub,
                 hint="In datatools/__init__.py import the subpackages: from datatools import export, processing, validation "
                      "(or the relative form, from . import ...).")
        for function in names:
            expect(callable(getattr(package, function, None)),
                   "datatools.%s.%s should be reachable after `import datatools`." % (sub, function),
                   hint="Each subpackage's __init__.py re-exports the functions of its module.")


def check_subpackages_export_their_functions():
    """each subpackage re-exports the very functions of its module"""
    for sub, names in SUBPACKAGES.items():
        package = import_from(ROOT, "datatools." + sub)
        module = import_from(ROOT, "datatools.%s.%s" % (sub, SUBMODULES[sub]))
        for function in names:
            expect(getattr(package, function, None) is getattr(module, function),
                   "datatools.%s.%s should be the function defined in %s.py." % (sub, function, SUBMODULES[sub]),
                   hint="In datatools/%s/__init__.py write from .%s import %s." % (sub, SUBMODULES[sub], ", ".join(names)))


def check_star_imports_are_clean():
    """`from datatools.<sub> import *` gives the public functions and nothing else"""
    for sub, names in SUBPACKAGES.items():
        star = _star("datatools." + sub)
        expect_equal(sorted(star), sorted(names),
                     hint="List exactly the public functions in __all__ of datatools/%s/__init__.py; "
                          "without __all__, star imports also drag in submodules and helper names." % sub)


def check_top_level_shortcuts():
    """the everyday functions are available from datatools itself"""
    datatools = import_from(ROOT, "datatools")
    for function, sub in zip(TOP_LEVEL, ["processing", "validation", "export"]):
        expect(getattr(datatools, function, None) is getattr(getattr(datatools, sub, None), function, object()),
               "datatools.%s should be the same function as datatools.%s.%s." % (function, sub, function),
               hint="Re-export it in datatools/__init__.py: from datatools.%s import %s." % (sub, function))
    star = _star("datatools")
    missing = [name for name in TOP_LEVEL + list(SUBPACKAGES) if name not in star]
    expect(not missing, "`from datatools import *` is missing %s." % ", ".join(missing),
           hint="Name the subpackages and the three shortcuts in datatools.__all__.")


def check_fresh_interpreter():
    """a fresh Python started elsewhere can import datatools from its folder"""
    root = learner_path(ROOT)
    code = ("import datatools.export.writers as w, datatools; "
            "from datatools.validation import split_valid; "
            "print(datatools.__version__, w.to_csv is datatools.export.to_csv, callable(split_valid))")
    env = dict(os.environ, PYTHONPATH=root, PYTHONDONTWRITEBYTECODE="1")
    here = os.path.dirname(root)
    result = subprocess.run([sys.executable, "-c", code], cwd=here, env=env, capture_output=True, text=True, timeout=30)
    if result.returncode != 0:
        last = (result.stderr.strip().splitlines() or ["(no message)"])[-1]
        fail("A fresh interpreter could not import datatools: %s" % last,
             hint="Use imports that work from anywhere: absolute (from datatools.x import y) or relative "
                  "(from .x import y), never paths that only work from one folder.")
    expect(result.stdout.split()[1:] == ["True", "True"],
           "Importing datatools in a fresh interpreter printed %r." % result.stdout.strip(),
           hint="datatools.export.to_csv should be the function from writers.py.")
