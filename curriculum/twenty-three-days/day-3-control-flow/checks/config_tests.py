"""Checks for the `config-tests` milestone: week1/day3/test_config_validator.py.

The learner's tests run as pytest runs them, on their own config_validator.py and then on
copies with one behaviour broken; each copy must make some test fail.
"""
from pymastery import learner_tests


TESTS = ["week1/day3/test_config_validator.py"]
CODE = ["week1/day3/config_validator.py"]

FLAT_ONLY = """
def mutate(tool):
    working = tool.validate
    def validate(config, schema, path=""):
        if isinstance(schema, dict):
            schema = {k: v for k, v in schema.items() if not isinstance(v, (dict, list))}
        return working(config, schema, path)
    tool.validate = validate
"""

BOOL_IS_A_NUMBER = """
def mutate(tool):
    working = tool.validate
    def validate(config, schema, path=""):
        return [p for p in working(config, schema, path)
                if not (getattr(p, "actual", None) == "bool"
                        and getattr(p, "expected", None) in ("int", "float"))]
    tool.validate = validate
"""

NOTHING_OPTIONAL = """
def mutate(tool):
    working = tool.validate
    def validate(config, schema, path=""):
        if isinstance(schema, dict):
            schema = {k.rstrip("?"): v for k, v in schema.items()}
        return working(config, schema, path)
    tool.validate = validate
"""

SWALLOWS_FILE_ERRORS = """
def mutate(tool):
    working = tool.load_config
    def load_config(path):
        try:
            return working(path)
        except tool.ConfigFileError:
            return {}
    tool.load_config = load_config
"""

NO_PATHS = """
def mutate(tool):
    working = tool.validate
    def validate(config, schema, path=""):
        problems = working(config, schema, path)
        for problem in problems:
            problem.path = ""
        return problems
    tool.validate = validate
"""

_runs = {}


def _run(mutation=None):
    if mutation not in _runs:
        _runs[mutation] = learner_tests.run_tests(TESTS, CODE, mutation)
    return _runs[mutation]


def _caught(mutation, broken, hint):
    helper = learner_tests
    helper.require_tests(_run(), TESTS[0], hint="Write test_ functions first.")
    helper.expect_caught(_run(mutation), broken, hint=hint)


def check_has_tests():
    """test_config_validator.py has tests that run"""
    run = _run()
    learner_tests.require_tests(
        run, TESTS[0], hint="Fill in the two tests in the starter and add more of your own.")
    if run.note:
        print(run.note)


def check_passes_on_your_code():
    """every test passes on your own config_validator.py"""
    helper = learner_tests
    helper.require_tests(_run(), TESTS[0], hint="Write test_ functions first.")
    helper.expect_all_pass(
        _run(), "your week1/day3/config_validator.py",
        hint="Either a test expects something the docstrings do not promise, or the code has a "
             "bug the other milestones missed. Run the test file yourself to see the details.")


def check_catches_no_nesting():
    """the tests fail when nested dicts and lists go unchecked"""
    _caught(FLAT_ONLY, "validate only looked at top-level fields",
            hint="Include a config with a mistake inside a nested dict or inside a list item, "
                 "and assert on the problem's path.")


def check_catches_bool_as_number():
    """the tests fail when true passes as a number"""
    _caught(BOOL_IS_A_NUMBER, "validate accepted true where an int was expected",
            hint="Test the bool trap: a field declared int that holds True must be reported.")


def check_catches_required_optional_fields():
    """the tests fail when optional fields are treated as required"""
    _caught(NOTHING_OPTIONAL, "validate ignored the ? marker and required every field",
            hint="Validate a config that leaves out an optional field and assert there are no "
                 "problems.")


def check_catches_swallowed_file_errors():
    """the tests fail when load_config hides a broken file"""
    _caught(SWALLOWS_FILE_ERRORS, "load_config returned {} for a missing or broken file",
            hint="Write a broken JSON file into tmp_path and assert that load_config raises "
                 "ConfigFileError (pytest.raises), ideally with the right line.")


def check_catches_missing_paths():
    """the tests fail when problems do not say where they are"""
    _caught(NO_PATHS, "every problem's path was empty",
            hint="Assert on problem.path, not only on the problem's type.")
