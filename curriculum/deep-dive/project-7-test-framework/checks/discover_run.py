"""Milestone: find the tests in a folder and run one (minitest/collect.py)."""
from pymastery import call, capture, expect, expect_equal, learner_module, temp_folder

FILES = {
    "shapes.py": (
        "def area(side):\n"
        "    return side * side\n"
        "\n"
        "def test_defined_elsewhere():\n"
        "    pass\n"
    ),
    "test_alpha.py": (
        "from shapes import area, test_defined_elsewhere\n"
        "\n"
        "def test_zeta():\n"
        "    pass\n"
        "\n"
        "def helper():\n"
        "    pass\n"
        "\n"
        "def test_area():\n"
        "    assert area(3) == 9\n"
        "\n"
        "test_not_a_function = 3\n"
        "\n"
        "class TestStack:\n"
        "    def test_push(self):\n"
        "        pass\n"
        "\n"
        "    def build(self):\n"
        "        pass\n"
        "\n"
        "    def test_pop(self):\n"
        "        pass\n"
        "\n"
        "class Helper:\n"
        "    def test_ignored(self):\n"
        "        pass\n"
    ),
    "test_same.py": "WHERE = 'top'\n\ndef test_where():\n    return WHERE\n",
    "sub/test_same.py": "WHERE = 'sub'\n\ndef test_where():\n    return WHERE\n",
    "sub/test_beta.py": "def test_one():\n    pass\n",
    "sub/helpers.py": "def test_not_in_a_test_file():\n    pass\n",
    "check_gamma.py": "def test_not_in_a_test_file():\n    pass\n",
}
EXPECTED = [
    "sub/test_beta.py::test_one",
    "sub/test_same.py::test_where",
    "test_alpha.py::test_zeta",
    "test_alpha.py::test_area",
    "test_alpha.py::TestStack::test_push",
    "test_alpha.py::TestStack::test_pop",
    "test_same.py::test_where",
]


def _collected():
    collect = learner_module()
    with temp_folder(FILES) as folder:
        items = call(collect.collect, folder.path()).value
    return list(items)


def check_finds_the_test_files():
    """collect looks in every test_*.py file, sub-folders included, and nowhere else"""
    files = sorted({item.file for item in _collected()})
    expect_equal(files, ["sub/test_beta.py", "sub/test_same.py", "test_alpha.py", "test_same.py"],
                 hint="Path(folder).rglob('test_*.py') finds them; item.file is the path relative "
                      "to the folder, written with '/' (relative_to(...).as_posix()).")


def check_finds_the_tests_in_order():
    """Test functions and methods of Test classes come in file order, then written order"""
    expect_equal([item.nodeid for item in _collected()], EXPECTED,
                 hint="Sort the files by their relative path. vars(module) and vars(cls) keep "
                      "the order names were defined in; keep functions named test_*, and in "
                      "classes named Test* their test_* methods.")


def check_skips_imported_functions():
    """A test function imported from another module is not collected again"""
    names = [item.name for item in _collected()]
    expect("test_defined_elsewhere" not in names,
           "test_defined_elsewhere was collected from test_alpha.py, which only imports it",
           hint="Compare the function's __module__ with the name of the module you loaded.")


def check_same_file_names_do_not_clash():
    """Two test_same.py files in different folders load as two modules"""
    where = {item.file: item.function() for item in _collected() if item.name == "test_where"}
    expect_equal(where, {"sub/test_same.py": "sub", "test_same.py": "top"},
                 hint="Give each loaded file its own module name, built from its path, and load "
                      "it with importlib.util.spec_from_file_location rather than import_module.")


def _item(function, cls=None):
    collect = learner_module()
    return collect, call(collect.TestItem, "test_demo.py", function.__name__, function, None,
                         cls).value


def check_run_item_outcomes():
    """run_item says passed, failed (an AssertionError) or error (anything else)"""

    def test_good():
        pass

    def test_bad():
        raise AssertionError("totals differ")

    def test_broken():
        raise ValueError("bad value")

    for function, status, message in [(test_good, "passed", ""),
                                      (test_bad, "failed", "totals differ"),
                                      (test_broken, "error", "ValueError: bad value")]:
        collect, item = _item(function)
        outcome = capture(collect.run_item, item)
        expect(outcome.exception is None,
               "run_item raised %r for %s" % (outcome.exception, function.__name__),
               hint="Catch AssertionError and Exception around the call: a runner survives its tests.")
        result = outcome.value
        expect_equal((result.status, result.message), (status, message),
                     hint="A failure's message is str(error); an error's is its type's name, "
                          "': ' and str(error).")
        expect(isinstance(result.seconds, float) and result.seconds >= 0,
               "seconds is %r" % (result.seconds,), hint="Time the call with time.perf_counter().")


def check_methods_get_a_fresh_instance():
    """Each test method runs on a new instance of its class"""

    class TestCounter:
        made = []

        def __init__(self):
            TestCounter.made.append(self)
            self.count = 0

        def test_bump(self):
            self.count += 1
            assert self.count == 1, "count was %d" % self.count

    collect, item = _item(TestCounter.test_bump, TestCounter)
    first = call(collect.run_item, item).value
    second = call(collect.run_item, item).value
    expect_equal((first.status, second.status), ("passed", "passed"),
                 hint="Make an instance with item.cls() and call the method on it, each time.")
    expect_equal(len(TestCounter.made), 2, hint="One new instance per run.")
