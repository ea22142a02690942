"""Capstone 7, part 1: a job store kept in SQLite."""
import json
import sqlite3
import threading

STATUSES = ("queued", "running", "done", "failed")


class JobStore:
    """Jobs in one SQLite file at ``path``. Safe to share between threads.

    A job is returned as a dict with the keys id, task, args (a list), status, attempts,
    max_retries, result (None until done) and error (None until a failure).
    Jobs survive closing the store: a new JobStore on the same path sees them.
    """

    def __init__(self, path):
        # TODO: connect (check_same_thread=False), keep a threading.Lock, create the table
        raise NotImplementedError("JobStore is not written yet")

    def add(self, task, args=(), max_retries=0):
        """Store a new job with status "queued" and 0 attempts; return its id (an int)."""
        # TODO
        raise NotImplementedError

    def get(self, job_id):
        """Return the job as a dict. An unknown id raises KeyError."""
        # TODO
        raise NotImplementedError

    def claim(self):
        """Take the oldest queued job: mark it "running", add one to attempts, return it.

        Return None when nothing is queued. Two threads never claim the same job.
        """
        # TODO
        raise NotImplementedError

    def finish(self, job_id, result):
        """Mark the job "done" and keep ``result`` (anything JSON can store)."""
        # TODO
        raise NotImplementedError

    def fail(self, job_id, error):
        """Record ``error`` (a str). The job goes back to "queued" while attempts <= max_retries,
        otherwise it becomes "failed". Return the new status."""
        # TODO
        raise NotImplementedError

    def counts(self):
        """Return {status: number of jobs} with all four statuses present."""
        # TODO
        raise NotImplementedError

    def close(self):
        """Close the database connection."""
        # TODO
        raise NotImplementedError
