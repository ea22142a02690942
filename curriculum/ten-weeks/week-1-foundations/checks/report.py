"""Checks for the `analyser-report` milestone (week1/analyser/report.py)."""
import json

from pymastery import call, expect_equal, expect_in, learner_module, run_script, temp_folder

BOOK = ("The owl and the cat went to sea.\n"
        "The cat said: the owl is a fine bird!\n"
        "And the owl said nothing.\n")

EXPECTED_TOP = [{"word": "the", "count": 5}, {"word": "owl", "count": 3},
                {"word": "and", "count": 2}]


def check_builds_the_report():
    """build_report gives the counts and the top words"""
    module = learner_module()
    with temp_folder({"books/owl.txt": BOOK}) as folder:
        report = call(module.build_report, folder.path("books/owl.txt"), 3).value
    expect_equal(report, {"file": "owl.txt", "total_words": 22, "unique_words": 13,
                          "top": EXPECTED_TOP},
                 hint="Chain the two steps: read_words, count_words, then top_k. `file` is "
                      "os.path.basename(path); `top` holds one {\"word\", \"count\"} dict per pair.")


def check_exports_json():
    """export_json writes the report as JSON"""
    module = learner_module()
    report = {"file": "x.txt", "total_words": 2, "unique_words": 1,
              "top": [{"word": "naïve", "count": 2}]}
    with temp_folder() as folder:
        call(module.export_json, report, folder.path("out.json"))
        expect_equal(json.loads(folder.read_bytes("out.json").decode("utf-8")), report,
                     hint="json.dump(report, file, indent=2) into a file opened with "
                          "open(out_path, \"w\", encoding=\"utf-8\").")


def check_command_line_writes_file():
    """python report.py FILE --top 3 --out OUT writes the report"""
    with temp_folder({"owl.txt": BOOK}) as folder:
        run = run_script(argv=[folder.path("owl.txt"), "--top", "3", "--out", folder.path("r.json")])
        expect_equal(run.exit_code, 0, hint="main should return 0, which sys.exit(main()) passes on.")
        written = json.loads(folder.read_text("r.json"))
    expect_equal(written["top"], EXPECTED_TOP,
                 hint="Read FILE, --top and --out with argparse and hand them to build_report and "
                      "export_json.")
    expect_equal(written["total_words"], 22)


def check_command_line_prints():
    """without --out the JSON is printed"""
    with temp_folder({"owl.txt": BOOK}) as folder:
        run = run_script(argv=[folder.path("owl.txt"), "--top", "1"])
    expect_equal(run.exit_code, 0)
    try:
        printed = json.loads(run.stdout)
    except ValueError:
        printed = None
    expect_equal(printed and printed.get("top"), [{"word": "the", "count": 5}],
                 hint="Without --out, print(json.dumps(report, indent=2)) and print nothing else.")


def check_default_top_is_ten():
    """--top defaults to 10"""
    text = " ".join(f"w{chr(97 + i)}" for i in range(15))
    with temp_folder({"many.txt": text}) as folder:
        run = run_script(argv=[folder.path("many.txt")])
    expect_equal(len(json.loads(run.stdout)["top"]), 10,
                 hint="Give the --top option default=10 (and type=int).")


def check_missing_file():
    """a missing file prints an error and exits with status 1"""
    with temp_folder() as folder:
        run = run_script(argv=[folder.path("nowhere.txt")], crash_ok=True)
    expect_equal(run.exit_code, 1,
                 hint="Catch OSError (FileNotFoundError is one) around build_report and return 1.")
    expect_in("error", run.stderr.lower(),
              hint="Print the message to stderr: print(..., file=sys.stderr).")
    expect_equal(run.exception, None, hint="Catch the error instead of letting a traceback out.")
