"""Checks for the `analyser-read` milestone (week3/loganalyser/reading.py)."""
import types

from pymastery import call, expect, expect_equal, fake_clock, learner_module, temp_folder

APP = ("2024-03-01 10:00:00 INFO web: started\n"
       "2024-03-01 10:00:05 ERROR db: connection lost\n"
       "this line is corrupt\n"
       "\n"
       "2024-03-01 10:01:00 INFO web: request /\n")
WORKER = ("2024-03-01 09:59:00 DEBUG queue: polling\n"
          "2024-03-01 10:00:07 LOUD queue: what\n")


def check_reads_all_files_reporting_bad_lines():
    """good entries from every file come out; bad lines go to problems"""
    module = learner_module()
    with temp_folder({"app.log": APP, "worker.log": WORKER}) as folder:
        app, worker = folder.path("app.log"), folder.path("worker.log")
        problems = []
        entries = list(call(module.read_logs, [app, worker], problems).value)
        expect_equal([(e.get("file"), e.get("message")) for e in entries],
                     [(app, "started"), (app, "connection lost"), (app, "request /"),
                      (worker, "polling")],
                     hint="Loop over the paths, then over each file's lines; add entry[\"file\"] "
                          "= path to each parsed entry.")
        expect_equal([(path, number) for path, number, reason in problems],
                     [(app, 3), (worker, 2)],
                     hint="Catch parse_line's ValueError, append (path, line number, str(error)) "
                          "and continue. enumerate(file, start=1) numbers the lines; blank lines "
                          "are skipped, not reported.")


def check_missing_file_is_not_fatal():
    """a file that cannot be opened is reported and skipped"""
    module = learner_module()
    with temp_folder({"app.log": APP}) as folder:
        gone, app = folder.path("gone.log"), folder.path("app.log")
        problems = []
        entries = list(call(module.read_logs, [gone, app], problems,
                            sleep=lambda seconds: None).value)
        expect_equal(len(entries), 3, hint="After a file fails, go on with the next one.")
        expect_equal([(path, number) for path, number, reason in problems[:1]], [(gone, 0)],
                     hint="Report a file that cannot be opened as (path, 0, reason).")


def check_retries_flaky_open():
    """opening is retried with growing pauses"""
    module = learner_module()
    clock = fake_clock()
    tries = []

    def flaky_open(path, **kwargs):
        tries.append(path)
        if len(tries) <= 2:
            raise PermissionError("locked by another process")
        return open(path, **kwargs)

    with temp_folder({"app.log": APP}) as folder:
        problems = []
        entries = list(call(module.read_logs, [folder.path("app.log")], problems,
                            opener=flaky_open, sleep=clock.sleep).value)
        expect_equal(len(entries), 3, hint="When opener raises OSError, wait and try again.")
        expect_equal(len(tries), 3)
        expect_equal(clock.sleeps, [0.1, 0.2],
                     hint="Wait 0.1 s after the first failure and double the pause each time.")

        tries.clear()

        def always(path, **kwargs):
            tries.append(path)
            raise PermissionError("locked")

        problems = []
        list(call(module.read_logs, [folder.path("app.log")], problems, opener=always,
                  attempts=4, sleep=clock.sleep).value)
        expect_equal((len(tries), len(problems)), (4, 1),
                     hint="attempts=4 means four tries; then report the file and move on.")


def check_is_lazy():
    """read_logs yields entries as it goes"""
    module = learner_module()
    with temp_folder({"app.log": APP}) as folder:
        problems = []
        result = call(module.read_logs, [folder.path("app.log")], problems).value
        expect(isinstance(result, types.GeneratorType),
               "read_logs returned a %s, not a generator" % type(result).__name__,
               hint="Use `yield entry` instead of building a list, so a huge log never has to "
                    "fit in memory.")
