"""Capstone 7, part 1: a job store kept in SQLite."""
import json
import sqlite3
import threading

STATUSES = ("queued", "running", "done", "failed")


class JobStore:
    """Jobs in one SQLite file. Safe to share between threads."""

    def __init__(self, path):
        self._db = sqlite3.connect(str(path), check_same_thread=False)
        self._lock = threading.Lock()
        with self._lock, self._db:
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS jobs ("
                " id INTEGER PRIMARY KEY AUTOINCREMENT, task TEXT NOT NULL, args TEXT NOT NULL,"
                " status TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0,"
                " max_retries INTEGER NOT NULL DEFAULT 0, result TEXT, error TEXT)")

    def add(self, task, args=(), max_retries=0):
        with self._lock, self._db:
            cursor = self._db.execute(
                "INSERT INTO jobs (task, args, status, max_retries) VALUES (?, ?, 'queued', ?)",
                (task, json.dumps(list(args)), max_retries))
            return cursor.lastrowid

    def get(self, job_id):
        with self._lock:
            row = self._db.execute(
                "SELECT id, task, args, status, attempts, max_retries, result, error"
                " FROM jobs WHERE id = ?", (job_id,)).fetchone()
        if row is None:
            raise KeyError(job_id)
        return self._as_dict(row)

    @staticmethod
    def _as_dict(row):
        job_id, task, args, status, attempts, max_retries, result, error = row
        return {"id": job_id, "task": task, "args": json.loads(args), "status": status,
                "attempts": attempts, "max_retries": max_retries,
                "result": None if result is None else json.loads(result), "error": error}

    def claim(self):
        with self._lock, self._db:
            row = self._db.execute(
                "SELECT id FROM jobs WHERE status = 'queued' ORDER BY id LIMIT 1").fetchone()
            if row is None:
                return None
            self._db.execute(
                "UPDATE jobs SET status = 'running', attempts = attempts + 1 WHERE id = ?", row)
        return self.get(row[0])

    def finish(self, job_id, result):
        with self._lock, self._db:
            self._db.execute("UPDATE jobs SET status = 'done', result = ?, error = NULL"
                             " WHERE id = ?", (json.dumps(result), job_id))

    def fail(self, job_id, error):
        with self._lock, self._db:
            self._db.execute(
                "UPDATE jobs SET error = ?, status = 'failed' WHERE id = ?", (str(error), job_id))
        return self.get(job_id)["status"]

    def counts(self):
        totals = dict.fromkeys(STATUSES, 0)
        with self._lock:
            for status, number in self._db.execute(
                    "SELECT status, COUNT(*) FROM jobs GROUP BY status"):
                totals[status] = number
        return totals

    def close(self):
        with self._lock:
            self._db.close()
