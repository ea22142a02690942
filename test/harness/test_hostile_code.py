"""Learner code that ends the process, hangs, crashes, floods output or tampers with the harness."""
import json
import os
import subprocess
import sys
import unittest

from support import HarnessTestCase, check_file


class ExitsTest(HarnessTestCase):
    @classmethod
    def setUpClass(cls) -> None:
        cls.shared = HarnessTestCase("run")
        cls.shared.setUp()
        cls.run_ = cls.shared.run_harness(check_file("exits.py"), cls.shared.workspace("hostile"))

    @classmethod
    def tearDownClass(cls) -> None:
        cls.shared.doCleanups()

    def assertExit(self, name: str, phrase: str, file: str, line: int) -> dict:
        entry = self.run_.check(name)
        self.assertEqual(entry["status"], "fail")
        self.assertIn(phrase, entry["message"])
        self.assertIn("while being checked", entry["message"])
        self.assertLocation(entry, file, line)
        return entry

    def test_the_harness_survives_and_finishes(self) -> None:
        self.assertEqual(self.run_.returncode, 0, self.run_.stderr)
        self.assertTrue(self.run_.document["complete"])
        self.assertEqual(self.run_.check("check still running")["status"], "pass")
        self.assertEqual(self.run_.status, "fail")

    def test_sys_exit_at_import(self) -> None:
        entry = self.assertExit("check sys exit at import", "your code called sys.exit(2)",
                                "exits_at_import.py", 4)
        self.assertIn("__main__", entry["hint"])
        self.assertEqual(entry["output"], "leaving early\n")

    def test_raise_systemexit_at_import(self) -> None:
        self.assertExit("check raise systemexit at import", "sys.exit('stop here')",
                        "raises_systemexit.py", 1)

    def test_os_exit_at_import(self) -> None:
        self.assertExit("check os exit at import", "your code called os._exit(0)",
                        "os_exit_at_import.py", 3)

    def test_keyboard_interrupt_at_import(self) -> None:
        self.assertExit("check keyboard interrupt at import", "KeyboardInterrupt",
                        "interrupts_at_import.py", 1)

    def test_sys_exit_in_a_called_function(self) -> None:
        entry = self.assertExit("check sys exit in a function", "sys.exit(1)",
                                "exits_in_function.py", 6)
        self.assertIn("calling main()", entry["message"])

    def test_sys_exit_in_a_function_the_check_calls_directly(self) -> None:
        self.assertExit("check direct call without call", "sys.exit(1)",
                        "exits_in_function.py", 6)


class TimeLimitTest(HarnessTestCase):
    def test_timeout_reports_the_line_of_the_loop(self) -> None:
        run = self.run_harness(check_file("timeout.py"), self.workspace("hostile"),
                               "--timeout", "1")
        self.assertEqual(run.returncode, 0, run.stderr)
        self.assertLess(run.seconds, 5)
        self.assertEqual(run.status, "timeout")
        self.assertTrue(run.document["complete"])
        self.assertEqual([c["name"] for c in run.checks],
                         ["check before the loop", "check the loop"])
        self.assertEqual(run.checks[0]["status"], "pass")
        entry = run.checks[1]
        self.assertEqual(entry["status"], "error")
        self.assertIn("time limit of 1 second ran out while your code was running",
                      entry["message"])
        self.assertIn(entry["location"]["line"], (3, 4))
        self.assertEqual(entry["location"]["file"], "loops.py")

    def test_timeout_while_importing(self) -> None:
        run = self.run_harness(check_file("timeout_at_import.py"), self.workspace("hostile"),
                               "--timeout", "1")
        self.assertEqual(run.status, "timeout")
        self.assertIn(run.checks[0]["location"]["line"], (2, 3))

    def test_hang_in_c_code_leaves_a_fault_log(self) -> None:
        run = self.run_harness(check_file("holds_the_gil.py"), self.workspace("hostile"),
                               "--timeout", "0.5")
        self.assertNotEqual(run.returncode, 0)
        self.assertFalse(run.document["complete"])
        self.assertLess(run.seconds, 5)
        self.assertIn("Timeout", run.fault)
        self.assertRegex(run.fault, r'File ".*holds_the_gil\.py", line 2 in busy')


@unittest.skipUnless(sys.platform.startswith("linux") or sys.platform == "darwin",
                     "reading address 0 crashes predictably on Linux and macOS")
class CrashTest(HarnessTestCase):
    def test_segfault_leaves_finished_checks_and_a_fault_log(self) -> None:
        run = self.run_harness(check_file("crash.py"), self.workspace("hostile"))
        self.assertNotEqual(run.returncode, 0)
        self.assertFalse(run.document["complete"])
        self.assertEqual([c["name"] for c in run.checks], ["check before the crash"])
        self.assertIn("Segmentation fault", run.fault)
        self.assertRegex(run.fault, r'File ".*crash\.py", line 5 in crash')


class OutputAndInputTest(HarnessTestCase):
    def test_fifty_megabytes_of_output_are_capped_and_quick(self) -> None:
        run = self.run_harness(check_file("flood.py"), self.workspace("hostile"))
        self.assertLess(run.seconds, 10)
        entry = run.check("check flood")
        self.assertEqual(entry["message"], "show the output")
        self.assertLess(len(entry["output"]), 64 * 1024 + 100)
        self.assertRegex(entry["output"], r"\[… \d+ more characters cut\]$")
        self.assertLess(os.path.getsize(run.results_path), 100 * 1024)
        self.assertEqual(run.stdout, "")

    def test_input_without_stdin_raises_at_once(self) -> None:
        run = self.run_harness(check_file("reads_input.py"), self.workspace("hostile"),
                               "--timeout", "20")
        self.assertLess(run.seconds, 5)
        entry = run.check("check greets")
        self.assertEqual(entry["status"], "fail")
        self.assertIn("asked for input", entry["message"])
        self.assertLocation(entry, "reads_input.py", 2)


class TamperingTest(HarnessTestCase):
    def test_patched_builtins_json_os_and_harness_do_not_change_results(self) -> None:
        run = self.run_harness(check_file("patches.py"), self.workspace("hostile"))
        self.assertEqual(run.returncode, 0, run.stderr)
        self.assertTrue(run.document["complete"])
        self.assertEqual(run.status, "fail")
        entry = run.check("check learner patches everything")
        self.assertEqual((entry["status"], entry["expected"], entry["actual"]),
                         ("fail", "41", "42"))
        entry = run.check("check harness api is restored")
        self.assertEqual((entry["status"], entry["expected"]), ("fail", "'patched'"))
        entry = run.check("check print and open are restored")
        self.assertEqual((entry["status"], entry["output"]), ("pass", "printing works again\n"))

    def test_deleting_the_results_file(self) -> None:
        run = self.run_harness(check_file("deletes_results.py"), self.workspace("hostile"))
        self.assertEqual(run.returncode, 0, run.stderr)
        self.assertEqual(run.status, "pass")
        self.assertEqual(len(run.checks), 2)

    def test_printing_fake_results(self) -> None:
        run = self.run_harness(check_file("fake_results.py"), self.workspace("hostile"))
        self.assertIn('"status": "pass"', run.stdout)  # written straight to file descriptor 1
        self.assertEqual(run.status, "fail")
        self.assertIn('"status": "pass"', run.check("check pretend")["output"])

    def test_workspace_files_named_like_the_standard_library(self) -> None:
        run = self.run_harness(check_file("shadowing.py"), self.workspace("shadowing"),
                               "--target", "dice.py", "--anchor", "broken_roll")
        self.assertEqual(run.returncode, 0, run.stderr)
        self.assertEqual(run.check("check learner random module")["status"], "pass")
        entry = run.check("check learner code imports its random")
        if _site_imports_random():
            # `python dice.py` would get the standard library's random here too
            self.assertIn("has no attribute 'roll'", entry["message"])
        else:
            self.assertEqual(entry["status"], "pass")
        entry = run.check("test assert needs ast")
        self.assertEqual((entry["status"], entry["message"]), ("fail", "assert 3 == 4"))
        self.assertLocation(entry, "dice.py", 8, 0)
        entry = run.check("DiceTest.test_fails_with_values")
        self.assertEqual((entry["status"], entry["expected"], entry["actual"]), ("fail", "4", "3"))
        self.assertLocation(entry, "dice.py", 8, 0)


def _site_imports_random() -> bool:
    """Whether this Python's start-up (site, .pth files) already imports `random`."""
    probe = subprocess.run([sys.executable, "-c", "import sys; print('random' in sys.modules)"],
                           stdout=subprocess.PIPE, check=True)
    return probe.stdout.strip() == b"True"


LATIN1_SOURCE = b'def word():\n    return "caf\xe9"\n'
DECLARED_SOURCE = b'# -*- coding: latin-1 -*-\ndef word():\n    return "caf\xe9"\n'
SPANISH_SOURCE = 'def saludo():\n    return "¡hola!"\n'.encode("utf-8")


class EncodingsAndPathsTest(HarnessTestCase):
    def test_non_utf8_sources_and_non_ascii_paths(self) -> None:
        workspace = os.path.join(self.scratch, "my wörk space")
        os.makedirs(os.path.join(workspace, "día 1"))
        for name, content in (("accents.py", LATIN1_SOURCE), ("declared.py", DECLARED_SOURCE),
                              (os.path.join("día 1", "código.py"), SPANISH_SOURCE)):
            with open(os.path.join(workspace, name), "wb") as source:
                source.write(content)
        results = os.path.join(self.scratch, "résultats et plus", "results.json")
        os.makedirs(os.path.dirname(results))
        run = self.run_harness(check_file("encodings.py"), workspace, results=results)
        self.assertEqual(run.returncode, 0, run.stderr)

        for name in ("check latin1 without declaration", "check latin1 source text"):
            entry = run.check(name)
            self.assertEqual(entry["status"], "fail")
            self.assertIn("accents.py is not saved as UTF-8: the byte 0xe9 on line 2",
                          entry["message"])
            self.assertIn("UTF-8", entry["hint"])
            self.assertLocation(entry, "accents.py", 2, 15)
        self.assertEqual(run.check("check declared latin1")["status"], "pass")
        self.assertEqual(run.check("check non ascii path")["status"], "pass")
        entry = run.check("check non ascii path failure")
        self.assertEqual(entry["actual"], "'¡hola!'")
        self.assertLocation(entry, "día 1/código.py", 1, 0)
        with open(results, "rb") as raw:
            json.loads(raw.read().decode("utf-8"))
