"""Milestone: a project skeleton from the template (pkgcreator/skeleton.py, create_project)."""
import os
import re

from pymastery import call, capture, expect, expect_equal, expect_isinstance, temp_folder
from pymastery.track.packaging_tools import run_python
from pymastery.track.toml_reader import load_toml
from pymastery.track.web_project import fresh_import

META = {"name": "Tiny_Greeter", "version": "0.3.1", "description": "Greets people, kindly",
        "dependencies": [], "scripts": {"tiny-greeter": "tiny_greeter.cli:main"}}

EXPECTED = [".gitignore", "README.md", "pyproject.toml", "src/tiny_greeter/__init__.py",
            "src/tiny_greeter/__main__.py", "src/tiny_greeter/cli.py",
            "src/tiny_greeter/core.py", "tests/__init__.py", "tests/test_cli.py",
            "tests/test_core.py"]


def _create(folder, meta=META):
    skeleton = fresh_import("pkgcreator.skeleton")
    return call(skeleton.create_project, folder.path(), meta).value


def check_lays_out_the_files():
    """The project folder gets every template file, renamed, in the src layout"""
    with temp_folder() as folder:
        root = _create(folder)
        expect(root is not None and str(root) == folder.path("tiny-greeter"),
               "create_project returned %r, expected the new folder %s"
               % (root, folder.path("tiny-greeter")),
               hint="Create dest_dir / the distribution name and return it as a Path.")
        expect_equal([name[len("tiny-greeter/"):] for name in folder.files()], EXPECTED,
                     hint="Walk TEMPLATE_DIR with rglob('*.tmpl'); in each relative path put the "
                          "import name for {module}, drop .tmpl and turn a leading dot- into '.'; "
                          "then write pyproject.toml.")


def check_fills_in_the_names():
    """Every placeholder is filled in"""
    with temp_folder() as folder:
        _create(folder)
        for name in folder.files():
            text = folder.read_text(name)
            expect(not re.search(r"\$\{?[a-z_]+", text),
                   "%s still holds a $placeholder" % name,
                   hint="Fill each template with string.Template(text).substitute(values).")
        readme = folder.read_text("tiny-greeter/README.md")
        expect(readme.startswith("# tiny-greeter\n") and "Greets people, kindly" in readme,
               "README.md does not start with '# tiny-greeter' and the description",
               hint="values holds dist_name, module_name, version and description.")
        init = folder.read_text("tiny-greeter/src/tiny_greeter/__init__.py")
        expect('__version__ = "0.3.1"' in init, "__init__.py does not set __version__ to 0.3.1")
        project = load_toml(folder.read_text("tiny-greeter/pyproject.toml"))["project"]
        expect_equal((project["name"], project["version"]), ("Tiny_Greeter", "0.3.1"),
                     hint="Write pyproject_toml(meta) as the project's pyproject.toml.")


def check_generated_tests_pass():
    """The generated package imports, and its own tests pass"""
    with temp_folder() as folder:
        root = _create(folder)
        imported = run_python(["-c", "import tiny_greeter; print(tiny_greeter.__version__, "
                                     "tiny_greeter.greet('Ada'))"], root, pythonpath="src")
        expect_equal((imported.returncode, imported.stdout.strip()), (0, "0.3.1 Hello, Ada!"),
                     message="importing the generated package failed: %s"
                             % (imported.stderr.strip()[-400:] or imported.stdout.strip()),
                     hint="With src/ on the path, `import tiny_greeter` must work: check the "
                          "folder name and the placeholders in __init__.py.")
        tests = run_python(["-m", "unittest", "discover", "-s", "tests", "-t", "."], root,
                           pythonpath="src")
        expect(tests.returncode == 0 and re.search(r"Ran [1-9]\d* tests?", tests.stderr),
               "the generated tests did not pass:\n%s" % tests.stderr.strip()[-600:],
               hint="Run them yourself: cd into the new folder and run "
                    "`python -m unittest` with PYTHONPATH=src.")
        cli = run_python(["-m", "tiny_greeter", "--name", "Grace"], root, pythonpath="src")
        expect_equal(cli.stdout, "Hello, Grace!\n",
                     message="`python -m tiny_greeter --name Grace` printed %r (%s)"
                             % (cli.stdout, cli.stderr.strip()[-300:]))


def check_refuses_to_overwrite():
    """An existing, non-empty folder is left alone with FileExistsError"""
    with temp_folder({"tiny-greeter/notes.txt": "mine"}) as folder:
        skeleton = fresh_import("pkgcreator.skeleton")
        outcome = capture(skeleton.create_project, folder.path(), META)
        expect_isinstance(outcome.exception, FileExistsError,
                          hint="Check `root.exists() and any(root.iterdir())` before writing "
                               "anything, and raise FileExistsError.")
        expect_equal(folder.files(), ["tiny-greeter/notes.txt"],
                     hint="Nothing may be written when the folder is taken.")
    with temp_folder() as folder:
        os.mkdir(folder.path("tiny-greeter"))
        _create(folder)
        expect(folder.exists("tiny-greeter/pyproject.toml"),
               "an existing empty folder should be used, not refused")


def check_bad_name_creates_nothing():
    """A bad name raises ValueError before anything is created"""
    with temp_folder() as folder:
        skeleton = fresh_import("pkgcreator.skeleton")
        outcome = capture(skeleton.create_project, folder.path(), dict(META, name="json"))
        expect_isinstance(outcome.exception, ValueError,
                          hint="Call validate_name(meta['name']) first.")
        expect_equal(folder.files(), [], hint="Validate the name before creating any folder.")
