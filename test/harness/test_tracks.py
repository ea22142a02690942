"""A milestone's default target, and a track's shared helpers (`pymastery.track`)."""
import os

from support import FIXTURES, HarnessTestCase, check_file

TOOL = "week1/day1/typeinspector.py"
TRACKS = os.path.join(FIXTURES, "tracks")


def track_check(track: str, lesson: str, name: str) -> str:
    return os.path.join(TRACKS, track, lesson, "checks", name)


class DefaultTargetTest(HarnessTestCase):
    def test_the_first_target_is_the_default_path(self) -> None:
        run = self.run_harness(check_file("default_target.py"), self.workspace("typical"),
                               "--target", TOOL, "--target", "week1/day1/uses_helper.py")
        self.assertEqual(run.status, "fail")
        self.assertEqual(run.check("check module")["message"], "expected 4, got 0")
        self.assertEqual(run.check("check source")["status"], "pass")
        self.assertEqual(run.check("check path")["status"], "pass")

    def test_without_a_target_the_check_says_what_is_missing(self) -> None:
        run = self.run_harness(check_file("default_target.py"), self.workspace("typical"))
        self.assertEqual(run.status, "error")
        for name, function in (("check module", "learner_module"),
                               ("check source", "learner_source"),
                               ("check path", "learner_path")):
            entry = run.check(name)
            self.assertEqual(entry["status"], "error")
            self.assertTrue(entry["message"].startswith(
                "%s() was called without a path, but this milestone names no file to check"
                % function), entry["message"])
            self.assertIn("`files:` in lesson.yaml", entry["message"])
            self.assertTrue(entry["message"].endswith(
                "This is a problem in the course's checks, not in your code."))

    def test_at_the_top_of_a_check_file(self) -> None:
        run = self.run_harness(check_file("default_target_at_top.py"),
                               self.workspace("typical"))
        self.assertEqual(run.status, "error")
        [entry] = run.checks
        self.assertEqual(entry["name"], "Loading the checks")
        self.assertIn("learner_module() was called without a path", entry["message"])


class TrackHelpersTest(HarnessTestCase):
    def test_a_check_imports_its_tracks_helpers(self) -> None:
        run = self.run_harness(track_check("alpha", "lesson-one", "uses_helpers.py"),
                               self.workspace("tracks"), "--target", "shapes.py")
        statuses = {entry["name"]: entry["status"] for entry in run.checks}
        self.assertEqual(statuses, {
            "check helpers from the package": "pass",
            "check helpers from a module of it": "pass",
            "check helpers again in a later check": "pass",
            "check a helper that checks the learner": "pass",
            "check learner modules named track and checks common are the learners": "pass",
            "check a broken helper is the checks problem": "error",
        }, run.checks)
        entry = run.check("check a broken helper is the checks problem")
        self.assertIn("KeyError", entry["message"])
        self.assertIn("problem in the course's checks", entry["message"])

    def test_one_tracks_helpers_are_out_of_reach_of_another(self) -> None:
        run = self.run_harness(track_check("alpha", "lesson-one", "reaches_other_track.py"),
                               self.workspace("tracks"), "--target", "shapes.py")
        entry = run.check("check beta helpers are out of reach")
        self.assertEqual(entry["status"], "error")
        self.assertIn("ImportError: cannot import name 'beta_only' from 'pymastery.track'",
                      entry["message"])
        entry = run.check("check the folder name finds only the learners module")
        self.assertEqual(entry["status"], "pass", entry)

        run = self.run_harness(track_check("beta", "lesson-two", "uses_helpers.py"),
                               self.workspace("tracks", "workspace2"), "--target", "shapes.py")
        self.assertEqual(run.check("check beta helpers")["status"], "pass")
        entry = run.check("check alpha helpers are out of reach")
        self.assertEqual(entry["status"], "error")
        self.assertIn("cannot import name 'alpha_only' from 'pymastery.track'",
                      entry["message"])

    def test_a_track_without_helpers(self) -> None:
        run = self.run_harness(track_check("gamma", "lesson-three", "no_helpers.py"),
                               self.workspace("tracks"), "--target", "shapes.py")
        [entry] = run.checks
        self.assertEqual((entry["name"], entry["status"]), ("Loading the checks", "error"))
        self.assertIn("pymastery.track is the track's checks_common folder, but", entry["message"])
        self.assertIn("has no checks_common/__init__.py", entry["message"])

    def test_a_check_outside_any_track(self) -> None:
        self.assertFalse(os.path.exists(os.path.join(FIXTURES, "track.yaml")))
        path = os.path.join(self.scratch, "loose_check.py")
        with open(path, "w", encoding="utf-8") as check:
            check.write("from pymastery.track import helper\n\ndef check_x():\n    pass\n")
        run = self.run_harness(path, self.workspace("tracks"))
        [entry] = run.checks
        self.assertEqual(entry["status"], "error")
        self.assertIn("no track.yaml was found in the folders above the check file",
                      entry["message"])

    def test_a_workspace_track_gets_its_helpers_and_they_are_not_the_learners(self) -> None:
        workspace = self.workspace("tracks")
        check = os.path.join(workspace, ".pymastery", "curriculum", "own", "lesson", "checks",
                             "shapes.py")
        run = self.run_harness(check, workspace, "--target", "shapes.py", "--anchor",
                               "Rectangle.area")
        self.assertEqual(run.check("check area")["status"], "pass")
        entry = run.check("check wrong area")
        self.assertEqual(entry["status"], "fail")
        self.assertEqual(entry["hint"], "Multiply width by height.")
        self.assertLocation(entry, "shapes.py", 6)  # the learner's method, not the helper
        entry = run.check("check broken helper")
        self.assertEqual(entry["status"], "error", entry)
        self.assertIn("problem in the course's checks", entry["message"])
        self.assertFalse(os.path.exists(os.path.join(
            workspace, ".pymastery", "curriculum", "own", "checks_common", "__pycache__")))
