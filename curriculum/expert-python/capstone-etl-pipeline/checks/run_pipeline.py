"""Checks for the `run-pipeline` milestone: run_pipeline in expert/etl/run.py."""
from pymastery import call, expect_equal, expect_flat_memory, learner_module, temp_folder
from pymastery.track.etl_tools import BAD_LINES, REPORT, SAMPLE, big_csv


def check_report_and_bad_rows():
    """the sample file gives the report and the bad rows, in file order"""
    etl = learner_module()
    with temp_folder({"events.csv": SAMPLE}) as folder:
        report, bad = call(etl.run_pipeline, folder.path("events.csv")).value
    expect_equal(report, REPORT, hint="load(transform(extract(path), bad_rows)): each stage feeds the next.")
    expect_equal([b.line for b in bad], sorted(BAD_LINES), hint="Pass one list to transform and return it after load has finished.")


def check_memory_stays_flat():
    """the whole pipeline runs in constant memory on a large file"""
    etl = learner_module()
    with temp_folder() as folder:
        expect_flat_memory(lambda path: etl.run_pipeline(path), lambda n: big_csv(folder, n), size=5_000, factor=10,
                           at=etl.run_pipeline,
                           hint="Every stage must pass one record at a time. Look for a list() around a stage, a list "
                                "comprehension, or readlines() in extract.")
