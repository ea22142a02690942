"""The helpers for checks at scale: run_script, temp_folder, serve_http and fake_clock."""
import os

from support import HarnessTestCase, check_file


class SharedRun(HarnessTestCase):
    """Runs one check file once for all the tests of a class."""

    CHECKS = ""
    TARGET = ""

    @classmethod
    def setUpClass(cls) -> None:
        cls.shared = HarnessTestCase("run")
        cls.shared.setUp()
        workspace = cls.shared.workspace("helpers")
        cls.run_ = cls.shared.run_harness(check_file(cls.CHECKS), workspace, "--target",
                                          cls.TARGET)
        cls.scratch_of_run = cls.shared.scratch

    @classmethod
    def tearDownClass(cls) -> None:
        cls.shared.doCleanups()

    def result(self, name: str) -> dict:
        return self.run_.check(name)

    def assertPasses(self, *names: str) -> None:
        for name in names:
            entry = self.result(name)
            self.assertEqual(entry["status"], "pass", entry)


class RunScriptTest(SharedRun):
    CHECKS = "programs.py"
    TARGET = "wordmul.py"

    def test_the_run_completes(self) -> None:
        self.assertEqual(self.run_.returncode, 0, self.run_.stderr)
        self.assertTrue(self.run_.document["complete"])

    def test_arguments_stdin_and_exit_codes(self) -> None:
        self.assertPasses("check arguments and stdin", "check default path is the first target",
                          "check exit code from main", "check ways to end",
                          "check runs as main with argv", "check input with stdin")

    def test_every_run_starts_fresh_and_leaves_nothing_behind(self) -> None:
        self.assertPasses("check every run is fresh", "check everything is put back",
                          "check cwd and env")

    def test_a_crash_fails_at_the_learners_line(self) -> None:
        entry = self.result("check crash fails at the learner line")
        self.assertEqual(entry["status"], "fail")
        self.assertEqual(entry["message"],
                         "running python exits.py raise raised RuntimeError: the program broke")
        self.assertLocation(entry, "exits.py", 18, 4)

    def test_crash_ok_keeps_the_traceback(self) -> None:
        self.assertPasses("check crash ok keeps the traceback")

    def test_input_without_stdin(self) -> None:
        entry = self.result("check input without stdin fails")
        self.assertEqual(entry["status"], "fail")
        self.assertIn("asked for input, but this check does not type anything in",
                      entry["message"])
        self.assertIn("sys.argv", entry["hint"])
        self.assertLocation(entry, "exits.py", 22)

    def test_misuse_is_the_checks_problem(self) -> None:
        entry = self.result("check argv must be a list")
        self.assertEqual(entry["status"], "error")
        self.assertIn("list of strings", entry["message"])
        self.assertIn("problem in the course's checks", entry["message"])

    def test_a_missing_script_is_the_learners(self) -> None:
        entry = self.result("check missing script")
        self.assertEqual((entry["status"], entry["message"]),
                         ("fail", "not_there.py is not in your workspace"))


class RunScriptTimeLimitTest(HarnessTestCase):
    def test_a_script_that_never_ends_is_stopped_at_its_line(self) -> None:
        run = self.run_harness(check_file("programs_timeout.py"), self.workspace("helpers"),
                               "--timeout", "1")
        self.assertEqual(run.status, "timeout")
        [entry] = run.checks
        self.assertEqual(entry["status"], "error")
        self.assertIn("time limit of 1 second ran out while your code was running",
                      entry["message"])
        self.assertEqual(entry["location"]["file"], "forever.py")
        self.assertIn(entry["location"]["line"], (4, 5))  # the loop, or the line inside it
        self.assertLess(run.seconds, 10)


class TempFolderTest(SharedRun):
    CHECKS = "folders.py"
    TARGET = "files.py"

    def test_files_and_working_directory(self) -> None:
        self.assertPasses("check files are written", "check learner code works in it",
                          "check scripts run in it")

    def test_removed_when_the_check_ends(self) -> None:
        self.assertPasses("check without with it lasts until the check ends",
                          "check it is gone in the next check", "check and gone after it")
        self.assertEqual(self.result("check removed when the check fails")["status"], "error")
        leftovers = [n for n in os.listdir(self.scratch_of_run) if n.startswith("pymastery-")]
        self.assertEqual(leftovers, [])

    def test_a_file_the_learner_did_not_write(self) -> None:
        entry = self.result("check a missing output file fails")
        self.assertEqual(entry["status"], "fail")
        self.assertEqual(entry["message"],
                         "expected your code to write the file report.txt, but it is not there")

    def test_names_outside_the_folder_are_the_checks_problem(self) -> None:
        entry = self.result("check names must stay inside")
        self.assertEqual(entry["status"], "error")
        self.assertIn("'../escape.txt' must be relative", entry["message"])


class TempFolderTimeLimitTest(HarnessTestCase):
    def test_removed_when_time_runs_out(self) -> None:
        run = self.run_harness(check_file("folders_timeout.py"), self.workspace("helpers"),
                               "--timeout", "1")
        self.assertEqual(run.status, "timeout")
        [entry] = run.checks
        folder = entry["output"].split("FOLDER ", 1)[1].strip()
        self.assertTrue(folder.startswith(os.path.realpath(self.scratch)), folder)
        self.assertFalse(os.path.exists(folder))


class ServeHttpTest(SharedRun):
    CHECKS = "servers.py"
    TARGET = "client.py"

    def test_routes_and_recorded_requests(self) -> None:
        self.assertPasses("check canned routes", "check requests are recorded",
                          "check responses in turn", "check a failing route answers 500")

    def test_always_stopped(self) -> None:
        self.assertPasses("check stopped after the block",
                          "check without with it runs until the check ends",
                          "check it is stopped in the next check")

    def test_the_learners_errors_are_located(self) -> None:
        entry = self.result("check learner errors are the learners")
        self.assertEqual(entry["status"], "fail")
        self.assertIn("raised HTTPError: HTTP Error 404", entry["message"])
        self.assertLocation(entry, "client.py", 8)


class FakeClockTest(SharedRun):
    CHECKS = "clock.py"
    TARGET = "waiting.py"

    def test_every_check_passes(self) -> None:
        self.assertEqual(self.run_.status, "pass", self.run_.checks)
        self.assertPasses("check sleeps are instant and recorded",
                          "check every way of importing time is patched",
                          "check only the learner module is patched", "check a clock to pass in",
                          "check the final attempt raises")
