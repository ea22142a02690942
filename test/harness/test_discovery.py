"""Finding checks in a check file: check_ functions, TestCase methods, pytest-style tests."""
from support import HarnessTestCase, check_file

TOOL = "week1/day1/typeinspector.py"


class DiscoveryTest(HarnessTestCase):
    def test_three_styles_run_in_file_order_with_their_names(self) -> None:
        run = self.run_harness(check_file("styles.py"), self.workspace("typical"),
                               "--target", TOOL)
        self.assertEqual(run.returncode, 0, run.stderr)
        self.assertEqual([c["name"] for c in run.checks], [
            "the first check runs first",
            "CounterTest.test_starts_at_one",
            "Counter counts up by one each time",
            "CounterTest.test_skipped",
            "CounterTest.test_known_bug",
            "CounterTest.test_subtests",
            "CounterTest.test_learner_exception",
            "BrokenSetupTest.test_never_runs",
            "test pytest style",
            "test wants a fixture",
            "check last",
        ])
        statuses = {c["name"]: c["status"] for c in run.checks}
        self.assertEqual(statuses["the first check runs first"], "pass")
        self.assertEqual(statuses["CounterTest.test_starts_at_one"], "pass")
        self.assertEqual(statuses["CounterTest.test_skipped"], "skip")
        self.assertEqual(statuses["CounterTest.test_known_bug"], "pass")
        self.assertEqual(statuses["check last"], "pass")
        self.assertEqual(run.status, "error")

    def test_testcase_failures_report_values_and_locations(self) -> None:
        run = self.run_harness(check_file("styles.py"), self.workspace("typical"),
                               "--target", TOOL, "--anchor", "Counter.increment")
        entry = run.check("Counter counts up by one each time")
        self.assertEqual(entry["status"], "fail")
        self.assertEqual((entry["expected"], entry["actual"]), ("3", "2"))
        self.assertIn("2 != 3", entry["message"])
        self.assertLocation(entry, TOOL, 59, 4)
        entry = run.check("CounterTest.test_subtests")
        self.assertEqual(entry["status"], "fail")
        self.assertIn("value=2", entry["message"])
        entry = run.check("CounterTest.test_learner_exception")
        self.assertEqual(entry["status"], "fail")
        self.assertIn("ZeroDivisionError", entry["message"])
        self.assertLocation(entry, TOOL, 17)

    def test_setup_class_error_and_fixture_arguments_are_check_errors(self) -> None:
        run = self.run_harness(check_file("styles.py"), self.workspace("typical"))
        entry = run.check("BrokenSetupTest.test_never_runs")
        self.assertEqual(entry["status"], "error")
        self.assertIn("setUpClass broke", entry["message"])
        entry = run.check("test wants a fixture")
        self.assertEqual(entry["status"], "error")
        self.assertIn("takes arguments", entry["message"])

    def test_pytest_style_assert_in_learner_failure(self) -> None:
        run = self.run_harness(check_file("styles.py"), self.workspace("typical"))
        entry = run.check("test pytest style")
        self.assertEqual(entry["status"], "fail")
        self.assertEqual(entry["message"], "assert 0 == 2")

    def test_top_level_learner_imports_are_fresh_for_every_check(self) -> None:
        run = self.run_harness(check_file("flat_testcase.py"), self.workspace("flat"),
                               "--target", "two_fer.py", "--anchor", "two_fer")
        self.assertEqual(run.returncode, 0, run.stderr)
        self.assertEqual(run.check("TwoFerTest.test_no_name")["status"], "pass")
        self.assertEqual(run.check("test pytest style fresh too")["status"], "pass")
        entry = run.check("TwoFerTest.test_a_name")
        self.assertEqual(entry["status"], "fail")
        self.assertEqual(entry["expected"], repr("One for Alice, one for you."))
        self.assertEqual(entry["actual"], repr("One for Alice, one for me."))
        self.assertLocation(entry, "two_fer.py", 4, 0)
        self.assertEqual(run.status, "fail")

    def test_a_name_missing_from_the_learner_file_fails_not_errors(self) -> None:
        run = self.run_harness(check_file("missing_learner_name.py"), self.workspace("flat"),
                               "--target", "two_fer.py")
        self.assertEqual(run.status, "fail")
        entry = run.check("Loading your code")
        self.assertEqual(entry["status"], "fail")
        self.assertIn("three_fer", entry["message"])
        self.assertLocation(entry, "two_fer.py", 1, 0)

    def test_a_missing_target_file_fails_not_errors(self) -> None:
        run = self.run_harness(check_file("missing_learner_file.py"), self.workspace("flat"),
                               "--target", "four_fer.py")
        self.assertEqual(run.status, "fail")
        self.assertIn("four_fer", run.check("Loading your code")["message"])


class AssertRewritingTest(HarnessTestCase):
    @classmethod
    def setUpClass(cls) -> None:
        cls.shared = HarnessTestCase("run")
        cls.shared.setUp()
        cls.run_ = cls.shared.run_harness(check_file("asserts.py"),
                                          cls.shared.workspace("typical"))

    @classmethod
    def tearDownClass(cls) -> None:
        cls.shared.doCleanups()

    def test_equality_reports_expected_and_actual(self) -> None:
        entry = self.run_.check("test equal reports both values")
        self.assertEqual(entry["status"], "fail")
        self.assertEqual(entry["message"], "assert -1 == 5")
        self.assertEqual((entry["expected"], entry["actual"]), ("5", "-1"))

    def test_other_comparisons_and_truthiness(self) -> None:
        self.assertEqual(self.run_.check("test other comparison")["message"], "assert 7 in [1, 2]")
        self.assertEqual(self.run_.check("test truthiness")["message"],
                         "assert result (it was None)")
        self.assertEqual(self.run_.check("test chained comparison")["message"],
                         "assert 1 < 3 < 2 (it was False)")

    def test_assert_message_is_kept(self) -> None:
        self.assertEqual(self.run_.check("test message is kept")["message"],
                         "numbers differ\nassert 1 == 2")

    def test_operands_are_evaluated_once(self) -> None:
        self.assertEqual(self.run_.check("test operands are evaluated once")["status"], "pass")

    def test_long_values_are_shortened(self) -> None:
        entry = self.run_.check("test long values are cut")
        self.assertLessEqual(len(entry["expected"]), 300)
        self.assertIn("…", entry["expected"])
        self.assertLess(len(entry["message"]), 200)

    def test_check_functions_are_rewritten_too(self) -> None:
        entry = self.run_.check("check asserts in check functions too")
        self.assertEqual((entry["expected"], entry["actual"]), ("[1, 2, 3]", "[1, 2]"))


class BrokenCheckFileTest(HarnessTestCase):
    def assertBroken(self, check: str, *phrases: str) -> None:
        run = self.run_harness(check_file(check), self.workspace("typical"))
        self.assertEqual(run.returncode, 0, run.stderr)
        self.assertEqual(run.status, "error")
        self.assertTrue(run.document["complete"])
        [entry] = run.checks
        self.assertEqual(entry["status"], "error")
        self.assertIn("not in your code", entry["message"])
        for phrase in phrases:
            self.assertIn(phrase, entry["message"])

    def test_syntax_error_in_the_check_file(self) -> None:
        self.assertBroken("broken_syntax.py", "the check file has a syntax error on line 3")

    def test_check_file_importing_a_missing_module(self) -> None:
        self.assertBroken("broken_import.py", "a_module_no_course_has_installed")

    def test_check_file_raising_at_its_top(self) -> None:
        self.assertBroken("broken_top_level.py", "KeyError: 'high'")

    def test_check_file_without_checks(self) -> None:
        self.assertBroken("no_checks.py", "defines no checks")

    def test_missing_check_file(self) -> None:
        self.assertBroken("does_not_exist.py", "could not be read")
