"""A failure blames the learner's code when it caused it, though no learner line raised.

The `unfinished` workspace holds code as a learner leaves it part-way: a stub that returns None
(stub.py), a `__str__` that prints instead of returning (greeting.py), `def` lines that take
other parameters than the checks use (signature.py) and a misspelt function name (typo.py).
Each of the three check styles trips over them; see "Where a failure points" in
docs/check-api.md.
"""
from support import HarnessTestCase, check_file

STUB = "stub.py"
DEF_TWO_FER_STUB = 4
GREETING = "greeting.py"
CLASS_GREETING = 1
DEF_STR = 5
CLASS_COUNTER = 9
CLASS_BASKET = 14
CLASS_CARD = 19
DEF_LEN = 31
SIGNATURE = "signature.py"
DEF_TWO_FER_NO_NAME = 1
DEF_SHOUT = 5
TYPO = "typo.py"

RETURNED_NONE = "`two_fer()` returned None, and then the check"
NONE_HINT = "If `two_fer` should give back a value, `return` it."
STR_RETURNED_NONE = "`Greeting.__str__` returned None, but `__str__` must return a str"
TOO_MANY = ("`two_fer()` takes 0 positional arguments but the check called it with 1: "
            "check the parameters in your `def` line")
MISSING_ARGUMENT = ("the check called `shout()` without the positional argument 'text', "
                    "which your `def` line requires")
NO_TWO_FER = "Your file typo.py has no `two_fer`"
CHECK_FAULT = "This is a problem in the course's checks, not in your code."


class BlameTestCase(HarnessTestCase):
    """Runs one check file once against the `unfinished` workspace."""

    check = ""

    @classmethod
    def setUpClass(cls) -> None:
        cls.shared = HarnessTestCase("run")
        cls.shared.setUp()
        cls.run_ = cls.shared.run_harness(check_file(cls.check),
                                          cls.shared.workspace("unfinished"), "--target", STUB)

    @classmethod
    def tearDownClass(cls) -> None:
        cls.shared.doCleanups()

    def failed(self, name: str, *phrases: str) -> dict:
        """The check `name`, asserted to have failed with `phrases` in its message."""
        entry = self.run_.check(name)
        self.assertEqual(entry["status"], "fail", entry)
        for phrase in phrases:
            self.assertIn(phrase, entry["message"])
        self.assertNotIn("outside your code", entry["message"])
        self.assertNotIn(CHECK_FAULT, entry["message"])
        return entry

    def assertReturnedNone(self, name: str, action: str, error: str) -> None:
        entry = self.failed(name, RETURNED_NONE, action, error)
        self.assertIn(NONE_HINT, entry["hint"])
        self.assertLocation(entry, STUB, DEF_TWO_FER_STUB, 0)

    def assertStrReturnedNone(self, name: str) -> None:
        entry = self.failed(name, STR_RETURNED_NONE,
                            "TypeError: __str__ returned non-string (type NoneType)")
        self.assertIn("instead of printing it", entry["hint"])
        self.assertLocation(entry, GREETING, DEF_STR, 4)

    def assertLenReturnedNone(self, name: str) -> None:
        # Shelf.put() returned None just before, as its `-> None` says: not the one to blame
        entry = self.failed(name, "`Shelf.__len__` returned None, but `__len__` must return an "
                                  "int (TypeError: 'NoneType' object cannot be interpreted as an "
                                  "integer)")
        self.assertLocation(entry, GREETING, DEF_LEN, 4)

    def assertTooManyArguments(self, name: str) -> None:
        entry = self.failed(name, TOO_MANY)
        self.assertIn("how the exercise says `two_fer` is called", entry["hint"])
        self.assertLocation(entry, SIGNATURE, DEF_TWO_FER_NO_NAME, 0)

    def assertMissingArgument(self, name: str) -> None:
        self.assertLocation(self.failed(name, MISSING_ARGUMENT), SIGNATURE, DEF_SHOUT, 0)

    def assertCheckFault(self, name: str, error: str) -> None:
        entry = self.run_.check(name)
        self.assertEqual(entry["status"], "error", entry)
        self.assertIn(error, entry["message"])
        self.assertIn(CHECK_FAULT, entry["message"])

    def test_the_run_finishes_normally(self) -> None:
        self.assertEqual(self.run_.returncode, 0, self.run_.stderr)
        self.assertTrue(self.run_.document["complete"])
        self.assertEqual(self.run_.status, "error")  # each file has one fault of its own


class CheckFunctionBlameTest(BlameTestCase):
    check = "blame_api.py"

    def test_looping_over_none_from_a_stub(self) -> None:
        self.assertReturnedNone("check loops over what a stub returned",
                                "tried to loop over None",
                                "(TypeError: 'NoneType' object is not iterable)")

    def test_len_of_none_given_to_call(self) -> None:
        self.assertReturnedNone("check len of what a stub returned",
                                "tried to take len() of None",
                                "TypeError: object of type 'NoneType' has no len()")

    def test_str_returning_none(self) -> None:
        self.assertStrReturnedNone("check str of an object")

    def test_call_with_too_many_arguments(self) -> None:
        self.assertTooManyArguments("check calls with too many arguments")

    def test_call_without_a_required_argument(self) -> None:
        self.assertMissingArgument("check calls without an argument")

    def test_direct_call_with_too_many_arguments(self) -> None:
        # not through call(): the function is found by the name in the error
        self.assertTooManyArguments("check calls directly with too many arguments")

    def test_a_function_missing_from_the_module(self) -> None:
        entry = self.failed("check uses a function the file lacks", NO_TWO_FER)
        self.assertEqual(entry["message"], NO_TWO_FER)
        self.assertLocation(entry, TYPO, 1, 0)

    def test_an_attribute_missing_from_an_object(self) -> None:
        entry = self.failed("check uses an attribute the object lacks",
                            "a `Counter` object has no attribute `count`, which the check uses")
        self.assertIn("self.count = ...", entry["hint"])
        self.assertLocation(entry, GREETING, CLASS_COUNTER, 0)

    def test_import_error_raised_again_by_a_check_function(self) -> None:
        entry = self.failed("check reraises an import error", NO_TWO_FER)
        self.assertLocation(entry, TYPO, 1, 0)

    def test_learner_exception_the_check_replaced(self) -> None:
        entry = self.failed("check catches a learner exception and raises its own",
                            "your code raised TypeError: can only concatenate str",
                            "the check then stopped with RuntimeError: Greeting does not work")
        self.assertLocation(entry, GREETING, 6)

    def test_none_that_no_call_returned_is_likely_the_learners(self) -> None:
        entry = self.failed("check trips over none an object holds",
                            "the check stopped with TypeError: object of type 'NoneType' has no "
                            "len(), most likely because of a value from your code (the last "
                            "function of yours it called was `Basket()`)")
        self.assertNotIn("returned", entry["message"])  # no call is known to have returned it
        self.assertLocation(entry, GREETING, CLASS_BASKET, 0)

    def test_an_error_that_names_a_learner_class(self) -> None:
        entry = self.failed("check trips over an object of a learner class",
                            "the check stopped with TypeError: unhashable type: 'Card', most "
                            "likely because of your class `Card`")
        self.assertLocation(entry, GREETING, CLASS_CARD, 0)

    def test_a_typo_in_the_check_is_still_a_check_error(self) -> None:
        self.assertCheckFault("check has a typo of its own",
                              "NameError: name 'GRETING' is not defined")


class TestCaseBlameTest(BlameTestCase):
    check = "blame_unittest.py"

    def test_looping_over_none_from_a_stub(self) -> None:
        self.assertReturnedNone("UnfinishedTest.test_loops_over_what_a_stub_returned",
                                "tried to loop over None",
                                "(TypeError: 'NoneType' object is not iterable)")

    def test_assert_in_none_from_a_stub(self) -> None:
        # the TypeError is raised inside unittest's assertIn
        self.assertReturnedNone("UnfinishedTest.test_looks_inside_what_a_stub_returned",
                                "tried to look for something in None",
                                "TypeError: argument of type 'NoneType' is not iterable")

    def test_str_returning_none(self) -> None:
        self.assertStrReturnedNone("UnfinishedTest.test_str_of_an_object")

    def test_len_of_an_object_whose_len_returns_none(self) -> None:
        self.assertLenReturnedNone("UnfinishedTest.test_len_of_an_object")

    def test_call_with_too_many_arguments(self) -> None:
        # imported under another name: the call the test made is what counts
        self.assertTooManyArguments("UnfinishedTest.test_calls_with_too_many_arguments")

    def test_call_without_a_required_argument(self) -> None:
        self.assertMissingArgument("UnfinishedTest.test_calls_without_an_argument")

    def test_creating_an_object_without_a_required_argument(self) -> None:
        entry = self.failed("UnfinishedTest.test_creates_an_object_without_an_argument",
                            "the check called `Greeting.__init__()` without the positional "
                            "argument 'name', which your `def` line requires")
        self.assertIn("how the exercise says `Greeting` is called", entry["hint"])
        self.assertLocation(entry, GREETING, 2, 4)

    def test_an_attribute_missing_from_an_object(self) -> None:
        entry = self.failed("UnfinishedTest.test_uses_an_attribute_the_object_lacks",
                            "a `Counter` object has no attribute `count`")
        self.assertLocation(entry, GREETING, CLASS_COUNTER, 0)

    def test_a_failed_assertion_points_at_the_function_the_test_called(self) -> None:
        entry = self.failed("UnfinishedTest.test_assertion_points_at_the_function_called",
                            "'HI' != 'HI!'")
        self.assertLocation(entry, SIGNATURE, DEF_SHOUT, 0)

    def test_a_typo_in_the_check_is_still_a_check_error(self) -> None:
        self.assertCheckFault("UnfinishedTest.test_has_a_typo_of_its_own",
                              "NameError: name 'EXPECTED_GRETING' is not defined")


class PytestStyleBlameTest(BlameTestCase):
    check = "blame_pytest.py"

    def test_looping_over_none_from_a_stub(self) -> None:
        self.assertReturnedNone("test loops over what a stub returned",
                                "tried to loop over None",
                                "(TypeError: 'NoneType' object is not iterable)")

    def test_adding_to_none_from_a_stub(self) -> None:
        self.assertReturnedNone("test adds to what a stub returned",
                                "tried to compute `+` with None",
                                "TypeError: unsupported operand type(s) for +: 'NoneType' and "
                                "'str'")

    def test_str_returning_none(self) -> None:
        self.assertStrReturnedNone("test str of an object")

    def test_f_string_of_an_object_whose_str_returns_none(self) -> None:
        self.assertStrReturnedNone("test formats an object")

    def test_len_of_an_object_whose_len_returns_none(self) -> None:
        self.assertLenReturnedNone("test len of an object")

    def test_call_with_too_many_arguments(self) -> None:
        self.assertTooManyArguments("test calls with too many arguments")

    def test_call_with_a_keyword_the_def_line_lacks(self) -> None:
        entry = self.failed("test calls with an unknown keyword",
                            "the check called `two_fer()` with the keyword argument 'name', "
                            "which your `def` line does not have")
        self.assertLocation(entry, SIGNATURE, DEF_TWO_FER_NO_NAME, 0)

    def test_a_typo_in_the_check_is_still_a_check_error(self) -> None:
        self.assertCheckFault("test has a typo of its own",
                              "NameError: name 'EXPECTED_GRETING' is not defined")


class ReraisedImportErrorTest(HarnessTestCase):
    """Check files that catch the learner's ImportError at their top and raise their own."""

    def assertLoadingFails(self, check: str) -> None:
        run = self.run_harness(check_file(check), self.workspace("unfinished"),
                               "--target", TYPO)
        self.assertEqual(run.returncode, 0, run.stderr)
        self.assertEqual(run.status, "fail")
        [entry] = run.checks
        self.assertEqual((entry["name"], entry["status"], entry["message"]),
                         ("Loading your code", "fail", NO_TWO_FER))
        self.assertIn("The check imports `two_fer` from typo.py", entry["hint"])
        self.assertLocation(entry, TYPO, 1, 0)

    def test_check_functions(self) -> None:
        self.assertLoadingFails("blame_api_import.py")

    def test_testcase_file_raising_from_none(self) -> None:
        self.assertLoadingFails("blame_unittest_import.py")

    def test_file_written_for_pytest(self) -> None:
        self.assertLoadingFails("blame_pytest_import.py")
