"""Where a failure points, rule by rule (docs/check-api.md, "Where a failure points")."""
import sys

from support import HarnessTestCase, check_file

TOOL = "week1/day1/typeinspector.py"
HELPERS = "week1/day1/helpers.py"


class LocationRulesTest(HarnessTestCase):
    @classmethod
    def setUpClass(cls) -> None:
        cls.shared = HarnessTestCase("run")
        cls.shared.setUp()
        cls.run_ = cls.shared.run_harness(check_file("locations.py"),
                                          cls.shared.workspace("typical"),
                                          "--target", TOOL, "--anchor", "Counter")

    @classmethod
    def tearDownClass(cls) -> None:
        cls.shared.doCleanups()

    def entry(self, name: str) -> dict:
        return self.run_.check(name)

    def test_exception_innermost_learner_frame(self) -> None:
        entry = self.entry("check exception points at innermost learner frame")
        self.assertEqual(entry["status"], "fail")
        # the statement's indentation, or (Python 3.11+) the column of `10 / value`
        self.assertLocation(entry, TOOL, 39, (8, 17) if sys.version_info >= (3, 11) else (8,))

    def test_exception_in_an_imported_learner_file(self) -> None:
        self.assertLocation(self.entry("check exception in a file the learner file imports"),
                            HELPERS, 3, 8)

    def test_exception_while_importing(self) -> None:
        entry = self.entry("check exception while importing")
        self.assertIn("importing week1/day1/fails_at_import.py raised ValueError",
                      entry["message"])
        self.assertLocation(entry, HELPERS, 3, 8)

    def test_syntax_error_line_and_column(self) -> None:
        entry = self.entry("check syntax error")
        self.assertEqual(entry["status"], "fail")
        self.assertIn("week1/day1/syntax_error.py has a syntax error on line 3", entry["message"])
        self.assertLocation(entry, "week1/day1/syntax_error.py", 3)
        self.assertGreaterEqual(entry["location"]["column"], 4)

    def test_last_called_learner_function(self) -> None:
        self.assertLocation(self.entry("check last called function"), TOOL, 12, 0)

    def test_decorated_function_points_at_its_def(self) -> None:
        self.assertLocation(self.entry("check decorated function"), TOOL, 51, 0)

    def test_class_points_at_its_class_line(self) -> None:
        self.assertLocation(self.entry("check class"), TOOL, 55, 0)

    def test_bound_method_points_at_its_def(self) -> None:
        self.assertLocation(self.entry("check bound method"), TOOL, 59, 4)

    def test_at_function_wins_over_last_call(self) -> None:
        self.assertLocation(self.entry("check at function"), TOOL, 16, 0)

    def test_at_name_finds_a_method(self) -> None:
        self.assertLocation(self.entry("check at name"), TOOL, 59, 4)

    def test_anchor_when_nothing_learner_was_called(self) -> None:
        self.assertLocation(self.entry("check anchor"), TOOL, 55, 0)


class AnchorFallbackTest(HarnessTestCase):
    def test_anchor_method(self) -> None:
        run = self.run_harness(check_file("anchor_only.py"), self.workspace("typical"),
                               "--target", TOOL, "--anchor", "Counter.increment")
        self.assertLocation(run.checks[0], TOOL, 59, 4)

    def test_unknown_anchor_points_at_line_one(self) -> None:
        run = self.run_harness(check_file("anchor_only.py"), self.workspace("typical"),
                               "--target", TOOL, "--anchor", "no_such_function")
        self.assertLocation(run.checks[0], TOOL, 1, 0)

    def test_no_anchor_points_at_line_one_of_the_first_target(self) -> None:
        run = self.run_harness(check_file("anchor_only.py"), self.workspace("typical"),
                               "--target", HELPERS, "--target", TOOL)
        self.assertLocation(run.checks[0], HELPERS, 1, 0)

    def test_no_target_no_location(self) -> None:
        run = self.run_harness(check_file("anchor_only.py"), self.workspace("typical"))
        self.assertNotIn("location", run.checks[0])
