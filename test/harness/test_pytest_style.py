"""Check files written for pytest run without it: raises, approx, parametrize, marks, fixtures."""
import os
import shutil
import subprocess
import sys
import unittest
from typing import Optional

from support import REPOSITORY, HarnessTestCase, check_file

CALC = "calculator.py"
DEF_PARSE_AGE = 18  # lines of fixtures/workspaces/pytest_style/calculator.py
RAISE_IN_PARSE_AGE = 21
DEF_DIVIDE = 14
DIVISION = 15


def _python_with_pytest() -> Optional[str]:
    """An interpreter (3.8+) that has pytest installed: this one, else Debian's, else None."""
    for python in (sys.executable, "/usr/bin/python3"):
        if not python or not os.path.exists(python):
            continue
        probe = subprocess.run(
            [python, "-c", "import sys, pytest; sys.exit(sys.version_info < (3, 8))"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        if probe.returncode == 0:
            return python
    return None


class PytestCheckFileTest(HarnessTestCase):
    """Runs one pytest-style check file once against the pytest_style workspace."""

    check = ""

    @classmethod
    def setUpClass(cls) -> None:
        cls.shared = HarnessTestCase("run")
        cls.shared.setUp()
        workspace = cls.shared.workspace("pytest_style")
        cls.run_ = cls.shared.run_harness(check_file(cls.check), workspace, "--target", CALC)

    @classmethod
    def tearDownClass(cls) -> None:
        cls.shared.doCleanups()

    def result(self, name: str) -> dict:
        return self.run_.check(name)

    def assertStatus(self, name: str, status: str, message: Optional[str] = None) -> dict:
        entry = self.result(name)
        self.assertEqual(entry["status"], status, entry)
        if message is not None:
            self.assertEqual(entry.get("message"), message, entry)
        return entry


class RaisesTest(PytestCheckFileTest):
    check = "pytest_raises.py"

    def test_the_run_finishes_normally(self) -> None:
        self.assertEqual(self.run_.returncode, 0, self.run_.stderr)
        self.assertTrue(self.run_.document["complete"])

    def test_context_manager_passes_when_the_exception_is_raised(self) -> None:
        self.assertStatus("test raises context manager passes", "pass")
        self.assertStatus("test raises accepts a tuple and subclasses", "pass")

    def test_value_type_and_match_are_available_after_the_block(self) -> None:
        self.assertStatus("test raises gives value and type", "pass")

    def test_did_not_raise_fails_at_the_learner_function_called_in_the_block(self) -> None:
        entry = self.assertStatus("test raises did not raise", "fail", "DID NOT RAISE ValueError")
        self.assertEqual((entry["expected"], entry["actual"]), ("ValueError", "no exception"))
        self.assertLocation(entry, CALC, DEF_PARSE_AGE, 0)

    def test_did_not_raise_finds_the_learner_function_behind_a_helper(self) -> None:
        entry = self.assertStatus("test raises in a helper points at the learner function",
                                  "fail", "DID NOT RAISE ValueError")
        self.assertLocation(entry, CALC, DEF_PARSE_AGE, 0)

    def test_match_is_a_regex_searched_in_the_message(self) -> None:
        entry = self.assertStatus("test raises match fails", "fail")
        self.assertEqual(entry["message"], "Regex pattern did not match.\n"
                                           "  Expected regex: 'too small'\n"
                                           "  Actual message: 'age 200 is too large'")
        self.assertEqual((entry["expected"], entry["actual"]),
                         ("'too small'", "'age 200 is too large'"))
        self.assertLocation(entry, CALC, RAISE_IN_PARSE_AGE, 8)

    def test_another_exception_is_not_caught(self) -> None:
        entry = self.assertStatus("test raises other exception goes on", "fail",
                                  "your code raised ZeroDivisionError: division by zero")
        self.assertLocation(entry, CALC, DIVISION)

    def test_call_form_passes_arguments_and_returns_the_info(self) -> None:
        self.assertStatus("test raises call form passes", "pass")
        self.assertStatus("test raises call form passes keyword arguments", "pass")

    def test_call_form_did_not_raise_reports_the_return_value(self) -> None:
        entry = self.assertStatus("test raises call form did not raise", "fail",
                                  "DID NOT RAISE ZeroDivisionError")
        self.assertEqual((entry["expected"], entry["actual"]), ("ZeroDivisionError",
                                                                "returned 0.5"))
        self.assertLocation(entry, CALC, DEF_DIVIDE, 0)

    def test_value_is_unavailable_inside_the_block(self) -> None:
        self.assertStatus("test value before the block ends", "fail",
                          ".value can only be used after the context manager exits")


class ApproxTest(PytestCheckFileTest):
    check = "pytest_approx.py"

    def test_numbers_within_the_default_tolerance_pass(self) -> None:
        self.assertStatus("test approx number passes", "pass")
        self.assertStatus("test approx tolerances", "pass")

    def test_a_failure_shows_the_approx_repr_as_expected(self) -> None:
        entry = self.assertStatus("test approx number fails", "fail",
                                  "assert 0.16000000000000003 == 0.15 ± 1.5e-07")
        self.assertEqual((entry["expected"], entry["actual"]),
                         ("0.15 ± 1.5e-07", "0.16000000000000003"))
        entry = self.assertStatus("test approx with abs fails", "fail")
        self.assertEqual(entry["expected"], "1.0 ± 0.01")

    def test_sequences(self) -> None:
        self.assertStatus("test approx sequence passes", "pass")
        entry = self.assertStatus("test approx sequence fails", "fail")
        self.assertEqual(entry["expected"], "approx([0.33 ± 3.3e-07, 0.33 ± 3.3e-07])")
        self.assertEqual(entry["actual"], "[0.3333333333333333, 0.3333333333333333]")
        self.assertStatus("test approx sequence of other length fails", "fail")

    def test_dicts(self) -> None:
        self.assertStatus("test approx dict passes", "pass")
        entry = self.assertStatus("test approx dict fails", "fail")
        self.assertEqual(entry["expected"], "approx({'a': 0.5 ± 5.0e-07, 'b': 0.4 ± 4.0e-07})")
        self.assertEqual(entry["actual"], "{'a': 0.5, 'b': 0.5}")

    def test_reprs_match_pytest(self) -> None:
        self.assertStatus("test approx reprs", "pass")


class ParametrizeTest(PytestCheckFileTest):
    check = "pytest_parametrize.py"

    def test_each_case_is_a_check_named_with_its_id(self) -> None:
        self.assertEqual([entry["name"] for entry in self.run_.checks], [
            "test add[1-2-3]", "test add[2.5-0.5-3.0]", "test add[-1-1-0]",
            "broken_add adds[1-1]", "broken_add adds[5-3]",
            "test single name[hi]", "test single name[]", "test single name[None]",
            "test single name[True]", "test single name[\\xe9t\\xe9]",
            "test list of one name[1]", "test list of one name[2]",
            "test stacked[2-0]", "test stacked[2-1]", "test stacked[3-0]", "test stacked[3-1]",
            "test values without ids[items0-2]", "test values without ids[items1-1]",
            "test values without ids[items2-None]",
            "test ids list[one]", "test ids list[custom]", "test ids list[three]",
            "test ids function[n is 1]", "test ids function[n is 2]",
            "test duplicate ids[1_0]", "test duplicate ids[1_1]", "test duplicate ids[1_2]",
            "test duplicate ids[x0]", "test duplicate ids[x1]",
            "test param marks[1]", "test param marks[0]", "test param marks[2]",
            "test empty[NOTSET]",
            "test learner exception in a case[0]",
            "test wrong number of values",
            "test unknown argument[1]",
        ])

    def test_passing_cases_pass(self) -> None:
        for name in ("test add[1-2-3]", "test add[2.5-0.5-3.0]", "test add[-1-1-0]",
                     "test single name[]", "test list of one name[2]", "test stacked[3-1]",
                     "test ids list[custom]", "test ids function[n is 2]"):
            self.assertStatus(name, "pass")

    def test_failing_cases_report_their_values(self) -> None:
        entry = self.assertStatus("broken_add adds[1-1]", "fail", "assert 0 == 2")
        self.assertEqual((entry["expected"], entry["actual"]), ("2", "0"))
        self.assertStatus("broken_add adds[5-3]", "fail", "assert 2 == 8")

    def test_a_learner_exception_in_a_case_points_at_the_learner_line(self) -> None:
        entry = self.assertStatus("test learner exception in a case[0]", "fail",
                                  "your code raised ZeroDivisionError: division by zero")
        self.assertLocation(entry, CALC, DIVISION)

    def test_param_marks_apply_to_their_case(self) -> None:
        self.assertStatus("test param marks[1]", "pass")
        self.assertStatus("test param marks[0]", "skip", "zero")
        entry = self.assertStatus("test param marks[2]", "pass")
        self.assertEqual(entry["message"], "expected to fail (known), and it did: assert 1.0 == 2")

    def test_an_empty_parameter_list_is_skipped(self) -> None:
        entry = self.assertStatus("test empty[NOTSET]", "skip")
        self.assertIn("got empty parameter set ['n']", entry["message"])

    def test_mistakes_in_parametrize_are_check_errors(self) -> None:
        entry = self.assertStatus("test wrong number of values", "error")
        self.assertIn("(1, 2, 3) has 3 values but there are 2 names", entry["message"])
        self.assertIn("not in your code", entry["message"])
        entry = self.assertStatus("test unknown argument[1]", "error")
        self.assertIn("parametrized with 'c', which it does not take", entry["message"])


class MarksTest(PytestCheckFileTest):
    check = "pytest_marks.py"

    def test_skip_marks(self) -> None:
        self.assertStatus("test skip mark", "skip", "not ready")
        self.assertStatus("test bare skip mark", "skip", "unconditional skip")

    def test_skipif_skips_only_when_the_condition_holds(self) -> None:
        self.assertStatus("test skipif true", "skip", "always on Python 3")
        self.assertStatus("test skipif false", "pass")
        self.assertStatus("test skipif string", "skip", "condition: sys.platform != 'nowhere'")

    def test_an_expected_failure_passes_with_a_note(self) -> None:
        self.assertStatus("test xfail that fails", "pass",
                          "expected to fail (broken_add subtracts), and it did: assert 0 == 4")

    def test_an_unexpected_pass_fails_strict_or_not(self) -> None:
        self.assertStatus("test xfail that passes", "fail",
                          "the test is marked as expected to fail, but it passed")
        self.assertStatus("test strict xfail that passes", "fail",
                          "the test is marked as expected to fail (strict), but it passed")

    def test_xfail_raises_and_false_conditions_let_failures_fail(self) -> None:
        entry = self.assertStatus("test xfail with other exception", "fail", "assert 0 == 4")
        self.assertEqual((entry["expected"], entry["actual"]), ("4", "0"))
        self.assertStatus("test xfail condition false", "fail", "assert 0 == 4")

    def test_other_marks_are_ignored(self) -> None:
        self.assertStatus("test custom marks are ignored", "pass")

    def test_skip_fail_and_xfail_called_in_a_test(self) -> None:
        self.assertStatus("test skip call", "skip", "skipped inside")
        self.assertStatus("test fail call", "fail", "failed on purpose")
        self.assertStatus("test xfail call", "pass", "expected to fail: not done yet")

    def test_unsupported_pytest_features_are_check_errors_that_say_so(self) -> None:
        entry = self.assertStatus("test unknown pytest name", "error")
        self.assertIn("stand-in for pytest has no 'warns'", entry["message"])


class FixturesTest(PytestCheckFileTest):
    check = "pytest_fixtures.py"

    def test_tmp_path_is_a_fresh_folder_removed_afterwards(self) -> None:
        self.assertStatus("test tmp path is a fresh folder", "pass")
        self.assertStatus("test tmp path was removed", "pass")

    def test_capsys_reads_what_the_test_and_the_learner_printed(self) -> None:
        entry = self.assertStatus("test capsys reads learner output", "pass")
        self.assertIn("Hello, Ann!\n", entry["output"])  # still in the check's output too

    def test_capsys_failure_reports_the_output(self) -> None:
        entry = self.assertStatus("test capsys failure", "fail")
        self.assertEqual((entry["expected"], entry["actual"]),
                         (repr("Hi, Bob!\n"), repr("Hello, Bob!\n")))

    def test_monkeypatch_changes_are_undone_after_the_test(self) -> None:
        self.assertStatus("test monkeypatch setattr", "pass")
        self.assertStatus("test monkeypatch was undone", "pass")
        self.assertStatus("test monkeypatch environment and folders", "pass")

    def test_monkeypatch_of_a_missing_attribute_raises(self) -> None:
        entry = self.assertStatus("test monkeypatch missing attribute", "error")
        self.assertIn("has no attribute 'no_such_function'", entry["message"])

    def test_check_file_fixtures_request_each_other_and_tear_down(self) -> None:
        entry = self.assertStatus("test user fixtures", "pass")
        self.assertEqual(entry["output"], "autouse fixture ran\nsetting up numbers\n"
                                          "tearing down numbers\n")
        entry = self.assertStatus("test user fixture failure", "fail", "assert 6 == 7")
        self.assertIn("tearing down numbers", entry["output"])
        entry = self.assertStatus("test usefixtures", "pass")
        self.assertIn("tearing down numbers", entry["output"])

    def test_autouse_fixtures_run_for_every_test(self) -> None:
        for entry in self.run_.checks:
            self.assertTrue(entry["output"].startswith("autouse fixture ran\n"), entry)

    def test_a_failing_teardown_is_an_error(self) -> None:
        entry = self.assertStatus("test teardown error", "error")
        self.assertIn("RuntimeError: teardown broke", entry["message"])

    def test_a_learner_exception_in_a_fixture_points_at_the_learner_line(self) -> None:
        entry = self.assertStatus("test learner exception in a fixture", "fail",
                                  "your code raised ZeroDivisionError: division by zero")
        self.assertLocation(entry, CALC, DIVISION)

    def test_unknown_fixtures_and_direct_calls_are_check_errors(self) -> None:
        entry = self.assertStatus("test unknown fixture", "error")
        self.assertIn("asks for the fixture 'database'", entry["message"])
        self.assertIn("capsys, monkeypatch, tmp_path", entry["message"])
        entry = self.assertStatus("test calling a fixture directly", "error")
        self.assertIn('fixture "numbers" called directly', entry["message"])


class InstalledPytestTest(HarnessTestCase):
    def setUp(self) -> None:
        super().setUp()
        self.python = _python_with_pytest()
        if self.python is None:
            self.skipTest("no Python 3.8+ with pytest installed")

    def test_learner_code_imports_the_installed_pytest_and_the_check_file_the_stand_in(
            self) -> None:
        run = self.run_harness(check_file("pytest_learner_pytest.py"),
                               self.workspace("pytest_style"), python=self.python)
        self.assertEqual(run.returncode, 0, run.stderr)
        self.assertEqual([(c["name"], c["status"]) for c in run.checks], [
            ("test learner gets the installed pytest", "pass"),
            ("test check file gets the stand in", "pass"),
        ])

    def test_results_are_the_same_whether_or_not_pytest_is_installed(self) -> None:
        hidden = os.path.join(self.scratch, "no_pytest")
        os.makedirs(hidden)
        with open(os.path.join(hidden, "pytest.py"), "w") as fake:
            fake.write("raise ImportError('pytest is not installed here')\n")
        for check in ("pytest_raises.py", "pytest_parametrize.py", "pytest_marks.py",
                      "pytest_fixtures.py"):
            with self.subTest(check=check):
                runs = []
                for name, environment in (("with", {}), ("without", {"PYTHONPATH": hidden})):
                    workspace = os.path.join(self.scratch, "workspace")
                    shutil.rmtree(workspace, ignore_errors=True)  # the same path both times
                    self.workspace("pytest_style")
                    run = self.run_harness(
                        check_file(check), workspace, "--target", CALC, python=self.python,
                        results=os.path.join(self.scratch, "%s_%s.json" % (name, check)),
                        environment=environment)
                    runs.append([{key: value for key, value in entry.items()
                                  if key != "duration_ms"} for entry in run.checks])
                self.assertEqual(runs[0], runs[1])


class StartUpTest(HarnessTestCase):
    def test_pytest_support_is_not_imported_for_files_that_do_not_import_pytest(self) -> None:
        run = self.run_harness(check_file("pytest_not_loaded.py"), self.workspace("pytest_style"))
        self.assertEqual(run.returncode, 0, run.stderr)
        self.assertEqual([(c["name"], c["status"]) for c in run.checks], [
            ("no pytest support for a file that does not import pytest", "pass"),
            ("test pytest style function without import", "pass"),
        ])

    def test_import_lines_are_recognised(self) -> None:
        sys.path.insert(0, os.path.join(REPOSITORY, "harness"))
        self.addCleanup(sys.path.remove, os.path.join(REPOSITORY, "harness"))
        from pymastery._checkfile import imports_pytest

        for source in (b"import pytest\n", b"  import os, pytest as pt\n",
                       b"from pytest import raises, approx\n", b"x = 1\nimport pytest  # ok\n"):
            self.assertTrue(imports_pytest(source), source)
        for source in (b"def test_pytest_style():\n    pass\n", b"# import pytest\n",
                       b"import pytest_mock\n", b"from pytest_lazyfixture import x\n",
                       b"from mypackage import pytest_helpers\n"):
            self.assertFalse(imports_pytest(source), source)


if __name__ == "__main__":
    unittest.main()
