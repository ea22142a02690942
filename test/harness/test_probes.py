"""The complexity and memory probes: each verdict is repeated in one harness run (20 times for
a quadratic and an n log n sort) to show that it does not flicker on a busy machine."""
from support import HarnessTestCase, check_file


class ProbesTest(HarnessTestCase):
    @classmethod
    def setUpClass(cls) -> None:
        cls.shared = HarnessTestCase("run")
        cls.shared.setUp()
        workspace = cls.shared.workspace("helpers")
        cls.run_ = cls.shared.run_harness(check_file("probes.py"), workspace, "--target",
                                          "growth.py")

    @classmethod
    def tearDownClass(cls) -> None:
        cls.shared.doCleanups()

    def result(self, name: str) -> dict:
        return self.run_.check(name)

    def assertPasses(self, name: str) -> None:
        entry = self.result(name)
        self.assertEqual(entry["status"], "pass", entry)

    def test_a_quadratic_sort_fails_20_times_out_of_20(self) -> None:
        self.assertPasses("check a quadratic sort fails every time")
        self.assertIn("bubble_sort n log n: 0 of 20 passed",
                      self.result("check a quadratic sort fails every time")["output"])

    def test_an_n_log_n_sort_passes_20_times_out_of_20(self) -> None:
        self.assertPasses("check an n log n sort passes every time")
        self.assertIn("merge_sort n log n: 20 of 20 passed",
                      self.result("check an n log n sort passes every time")["output"])

    def test_other_growth(self) -> None:
        self.assertPasses("check more kinds of growth")
        self.assertPasses("check measure growth")

    def test_the_failure_message(self) -> None:
        entry = self.result("check the failure explains itself")
        self.assertEqual(entry["status"], "fail")
        self.assertRegex(entry["message"],
                         r"^bubble_sort got \d+\.\d× slower when its input grew 4× \(from size "
                         r"[\d,]+ to [\d,]+\)\. A linear or n log n algorithm gets about 4× "
                         r"slower; \d+× is how a (quadratic|cubic \(or worse\)) one grows\.$")
        self.assertEqual(entry["hint"], "Sort with merge sort, or with sorted().")
        self.assertEqual(entry["expected"], "at most about 8× slower (n log n)")
        self.assertLocation(entry, "growth.py", 4)

    def test_a_crash_is_the_learners_and_a_wrong_limit_the_checks(self) -> None:
        entry = self.result("check a crash inside the probe is the learners")
        self.assertEqual(entry["status"], "fail")
        self.assertIn("raised IndexError", entry["message"])
        self.assertLocation(entry, "growth.py", 89)
        entry = self.result("check a wrong limit is the checks")
        self.assertEqual(entry["status"], "error")
        self.assertIn("'logarithmic'", entry["message"])

    def test_memory_of_streaming_code_stays_flat(self) -> None:
        self.assertPasses("check a generator streams its file")
        self.assertPasses("check consuming a lazy input")
        self.assertPasses("check peak memory")

    def test_memory_that_grows_with_the_input_fails(self) -> None:
        entry = self.result("check reading everything at once fails")
        self.assertEqual(entry["status"], "fail")
        self.assertRegex(entry["message"],
                         r"^upper_lines_all_at_once needed \d+\.\d× more memory when its input "
                         r"grew 10× \(.* at size 10,000, .* at size 100,000\)")
        self.assertEqual(entry["hint"], "Loop over the file itself: `for line in file:`.")
        self.assertLocation(entry, "growth.py", 68)
