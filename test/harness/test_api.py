"""The check API (`pymastery`) as a check author uses it: call, capture, stdin, expectations."""
from support import HarnessTestCase, check_file

TOOL = "week1/day1/typeinspector.py"


class CheckApiTest(HarnessTestCase):
    @classmethod
    def setUpClass(cls) -> None:
        cls.shared = HarnessTestCase("run")
        cls.shared.setUp()
        workspace = cls.shared.workspace("typical")
        cls.run_ = cls.shared.run_harness(check_file("api.py"), workspace, "--target", TOOL)

    @classmethod
    def tearDownClass(cls) -> None:
        cls.shared.doCleanups()

    def result(self, name: str) -> dict:
        return self.run_.check(name)

    def test_run_finishes_normally_and_fails(self) -> None:
        self.assertEqual(self.run_.returncode, 0, self.run_.stderr)
        self.assertEqual(self.run_.status, "error")  # one check raises outside learner code
        self.assertTrue(self.run_.document["complete"])

    def test_call_returns_value_and_captured_stdout(self) -> None:
        self.assertEqual(self.result("call captures stdout and returns the value")["status"],
                         "pass")
        self.assertEqual(self.result("check call separates stderr")["status"], "pass")

    def test_expect_equal_records_expected_actual_hint(self) -> None:
        entry = self.result("add adds")
        self.assertEqual(entry["status"], "fail")
        self.assertEqual(entry["expected"], "5")
        self.assertEqual(entry["actual"], "-1")
        self.assertEqual(entry["hint"], "Use + to add.")
        self.assertEqual(entry["message"], "expected 5, got -1")

    def test_expect_equal_custom_message(self) -> None:
        entry = self.result("check expect equal custom message")
        self.assertEqual(entry["message"], "the lists differ")
        self.assertEqual(entry["expected"], "[1, 3]")
        self.assertEqual(entry["actual"], "[1, 2]")
        self.assertEqual(entry["hint"], "Look at the last item.")

    def test_expect_in(self) -> None:
        entry = self.result("check expect in fails")
        self.assertEqual(entry["status"], "fail")
        self.assertEqual(entry["expected"], "'float'")
        self.assertEqual(entry["actual"], repr("value: hi\ntype: str\n"))
        self.assertEqual(entry["hint"], "Print the type name.")

    def test_expect_isinstance(self) -> None:
        entry = self.result("check expect isinstance fails")
        self.assertEqual(entry["status"], "fail")
        self.assertEqual(entry["expected"], "int or float")
        self.assertEqual(entry["actual"], "str")
        self.assertIn("'42'", entry["message"])

    def test_expect_and_fail(self) -> None:
        entry = self.result("check expect fails")
        self.assertEqual((entry["status"], entry["message"], entry["hint"]),
                         ("fail", "one is not more than two", "Think again."))
        entry = self.result("check fail with values")
        self.assertEqual((entry["message"], entry["hint"], entry["expected"], entry["actual"]),
                         ("custom failure", "a hint", "A", "B"))

    def test_skip(self) -> None:
        entry = self.result("check skip")
        self.assertEqual((entry["status"], entry["message"]), ("skip", "not ready yet"))

    def test_expect_raises(self) -> None:
        self.assertEqual(self.result("check expect raises passes")["status"], "pass")
        entry = self.result("check expect raises without exception")
        self.assertEqual(entry["status"], "fail")
        self.assertIn("to raise ValueError, but it returned 0.5", entry["message"])
        self.assertEqual(entry["hint"], "Raise ValueError for bad input.")
        self.assertEqual(entry["expected"], "ValueError")
        entry = self.result("check expect raises other exception")
        self.assertEqual(entry["status"], "fail")
        self.assertIn("expected ValueError", entry["message"])
        self.assertIn("ZeroDivisionError", entry["message"])
        self.assertEqual(entry["actual"], "ZeroDivisionError")
        self.assertLocation(entry, TOOL, 17)

    def test_call_fails_the_check_at_the_learner_line(self) -> None:
        entry = self.result("check call fails on learner exception")
        self.assertEqual(entry["status"], "fail")
        self.assertEqual(entry["message"],
                         "calling divide(1, 0) raised ZeroDivisionError: division by zero")
        self.assertLocation(entry, TOOL, 17)

    def test_capture_keeps_the_exception(self) -> None:
        self.assertEqual(self.result("check capture keeps exception")["status"], "pass")
        self.assertEqual(self.result("check capture input without stdin")["status"], "pass")

    def test_stdin_feeds_input(self) -> None:
        self.assertEqual(self.result("check stdin is fed")["status"], "pass")

    def test_input_without_stdin_fails_at_once(self) -> None:
        entry = self.result("check input without stdin")
        self.assertEqual(entry["status"], "fail")
        self.assertIn("asked for input, but this check does not type anything in",
                      entry["message"])
        self.assertLocation(entry, TOOL, 21)

    def test_input_past_the_end(self) -> None:
        entry = self.result("check input past the end")
        self.assertEqual(entry["status"], "fail")
        self.assertIn("read more input than the check typed in (1 line)", entry["message"])
        self.assertLocation(entry, TOOL, 27)

    def test_learner_modules_are_fresh(self) -> None:
        self.assertEqual(self.result("check modules are fresh")["status"], "pass")
        self.assertEqual(self.result("check modules are fresh across checks")["status"], "pass")
        self.assertEqual(self.result("check module name is not main")["status"], "pass")

    def test_source_path_and_sibling_imports(self) -> None:
        self.assertEqual(self.result("check source and path")["status"], "pass")
        self.assertEqual(self.result("check sibling import")["status"], "pass")

    def test_workspace_on_sys_path_and_as_working_directory(self) -> None:
        self.assertEqual(self.result(
            "check workspace is first on sys path and the working directory")["status"], "pass")
        self.assertEqual(self.result("check learner code sees its own file as argv")["status"],
                         "pass")

    def test_missing_file(self) -> None:
        entry = self.result("check missing file")
        self.assertEqual(entry["status"], "fail")
        self.assertEqual(entry["message"], "week1/day1/not_there.py is not in your workspace")
        self.assertIn("Create the file", entry["hint"])

    def test_output_of_the_whole_check_is_kept(self) -> None:
        entry = self.result("check output of whole check")
        self.assertEqual(entry["output"], "printed by the check\nto stdout\nto stderr\n")

    def test_exception_in_the_check_itself_is_an_error(self) -> None:
        entry = self.result("check raises outside learner code")
        self.assertEqual(entry["status"], "error")
        self.assertIn("KeyError: 'missing'", entry["message"])

    def test_every_check_has_a_duration(self) -> None:
        for entry in self.run_.checks:
            self.assertIsInstance(entry["duration_ms"], (int, float))
