"""Milestone: build a wheel by hand (pkgcreator/wheel.py, build_wheel)."""
import base64
import email.parser
import hashlib
import os
import re
import zipfile

from pymastery import call, expect, expect_equal, skip, temp_folder
from pymastery.track.packaging_tools import has_pip, run_python
from pymastery.track.web_project import fresh_import

META = {"name": "tiny-greeter", "version": "1.2.0", "description": "Greets people",
        "requires_python": ">=3.8", "dependencies": ["rich>=13"],
        "optional_dependencies": {"test": ["pytest>=7"]},
        "scripts": {"tiny-greeter": "tiny_greeter.cli:main"}}

PROJECT = {
    "proj/src/tiny_greeter/__init__.py": '__version__ = "1.2.0"\nfrom tiny_greeter.core import greet\n',
    "proj/src/tiny_greeter/core.py": "def greet(name):\n    return 'Hello, %s!' % name\n",
    "proj/src/tiny_greeter/cli.py": "def main():\n    print('hi')\n    return 0\n",
    "proj/src/tiny_greeter/data/words.txt": "hello\n",
    "proj/src/tiny_greeter/__pycache__/core.cpython-311.pyc": b"\x00junk",
    "proj/tests/test_core.py": "import unittest\n",
    "proj/pyproject.toml": "[project]\n",
}
INFO = "tiny_greeter-1.2.0.dist-info"


def _build(folder, meta=META):
    wheel = fresh_import("pkgcreator.wheel")
    path = call(wheel.build_wheel, folder.path("proj"), meta, folder.path("dist")).value
    expect(path is not None and os.path.isfile(os.fspath(path)),
           "build_wheel returned %r, which is not a file" % (path,),
           hint="Return the Path of the .whl file you wrote into out_dir.")
    return os.fspath(path)


def check_record_hash():
    """record_hash gives sha256= and URL-safe base64 without padding"""
    wheel = fresh_import("pkgcreator.wheel")
    for data in (b"", b"print('hi')\n", bytes(range(256))):
        expected = "sha256=" + base64.urlsafe_b64encode(hashlib.sha256(data).digest()).decode().rstrip("=")
        expect_equal(call(wheel.record_hash, data).value, expected,
                     hint="hashlib.sha256(data).digest(), then base64.urlsafe_b64encode, "
                          "then strip the '=' padding.")


def check_name_and_contents():
    """The wheel is named by the spec and holds the package and its .dist-info"""
    with temp_folder(PROJECT) as folder:
        path = _build(folder)
        expect_equal(os.path.basename(path), "tiny_greeter-1.2.0-py3-none-any.whl",
                     hint="{import name}-{version}-py3-none-any.whl")
        names = sorted(zipfile.ZipFile(path).namelist())
    expect_equal(names, sorted(["tiny_greeter/__init__.py", "tiny_greeter/core.py",
                                "tiny_greeter/cli.py", "tiny_greeter/data/words.txt",
                                INFO + "/METADATA", INFO + "/WHEEL", INFO + "/RECORD",
                                INFO + "/entry_points.txt"]),
                 hint="Put every file of src/<module>/ (no __pycache__) under <module>/, and "
                      "METADATA, WHEEL, entry_points.txt and RECORD in the .dist-info folder.")


def check_metadata():
    """METADATA and WHEEL say what pip needs to know"""
    with temp_folder(PROJECT) as folder:
        archive = zipfile.ZipFile(_build(folder))
        metadata = email.parser.Parser().parsestr(archive.read(INFO + "/METADATA").decode())
        wheel = email.parser.Parser().parsestr(archive.read(INFO + "/WHEEL").decode())
        entry = archive.read(INFO + "/entry_points.txt").decode()
    expect_equal([metadata["Metadata-Version"], metadata["Name"], metadata["Version"],
                  metadata["Summary"], metadata["Requires-Python"]],
                 ["2.1", "tiny-greeter", "1.2.0", "Greets people", ">=3.8"],
                 hint="One 'Field: value' line each, as in an e-mail header.")
    requires = sorted(re.sub(r"\s+", "", value) for value in metadata.get_all("Requires-Dist") or [])
    expect_equal(requires, ['pytest>=7;extra=="test"', "rich>=13"],
                 hint='One Requires-Dist per dependency; an extra\'s ones end with '
                      '; extra == "test".')
    expect_equal(metadata.get_all("Provides-Extra"), ["test"])
    expect_equal([wheel["Wheel-Version"], wheel["Root-Is-Purelib"], wheel["Tag"]],
                 ["1.0", "true", "py3-none-any"])
    expect(re.search(r"^\[console_scripts\]\s*$", entry, re.M) and
           re.search(r"^tiny-greeter\s*=\s*tiny_greeter\.cli:main\s*$", entry, re.M),
           "entry_points.txt has no [console_scripts] line for tiny-greeter: %r" % entry)


def check_record():
    """RECORD lists every file with its hash and size, and itself without"""
    with temp_folder(PROJECT) as folder:
        archive = zipfile.ZipFile(_build(folder))
        lines = archive.read(INFO + "/RECORD").decode().splitlines()
        rows = dict(line.split(",", 1) for line in lines if line)
        expect_equal(sorted(rows), sorted(archive.namelist()),
                     hint="One RECORD line per file in the wheel, RECORD included.")
        expect_equal(rows[INFO + "/RECORD"], ",", hint="RECORD's own line is 'path,,'.")
        for name in archive.namelist():
            if name.endswith("/RECORD"):
                continue
            data = archive.read(name)
            digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).decode().rstrip("=")
            expect_equal(rows[name], "sha256=%s,%d" % (digest, len(data)),
                         message="the RECORD line for %s is wrong" % name,
                         hint="Hash the exact bytes you put in the zip, and give their length.")


def check_importable_and_installable():
    """Python imports straight from the wheel, and pip installs it"""
    with temp_folder(PROJECT) as folder:
        path = _build(folder)
        imported = run_python(["-c", "import tiny_greeter; print(tiny_greeter.greet('zip'))"],
                              folder.path(), pythonpath=path)
        expect_equal(imported.stdout.strip(), "Hello, zip!",
                     message="importing from the wheel failed: %s" % imported.stderr.strip()[-300:],
                     hint="A wheel is a zip; Python can import from it when the package folder "
                          "sits at the zip's top level.")
        if not has_pip():
            skip("this Python has no pip, so installing the wheel was not tried")
        installed = run_python(["-m", "pip", "install", "--no-deps", "--no-index", "--no-cache-dir",
                                "--target", folder.path("target"), path], folder.path(),
                               timeout=90)
        expect(installed.returncode == 0,
               "pip could not install the wheel:\n%s" % installed.stderr.strip()[-600:],
               hint="pip checks the file name, WHEEL, METADATA and every RECORD hash.")
        expect(folder.exists("target/tiny_greeter/core.py") and folder.exists("target/" + INFO),
               "pip installed the wheel, but tiny_greeter/ or its .dist-info is missing")
