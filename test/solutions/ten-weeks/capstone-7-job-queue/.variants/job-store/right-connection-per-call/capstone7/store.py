"""A store that opens a fresh connection for each call and lets SQLite do the locking."""
import json
import sqlite3
from contextlib import closing

STATUSES = ("queued", "running", "done", "failed")
COLUMNS = "id, task, args, status, attempts, max_retries, result, error"


class JobStore:
    def __init__(self, path):
        self.path = str(path)
        with self._connect() as db:
            db.execute("CREATE TABLE IF NOT EXISTS jobs (id INTEGER PRIMARY KEY, task TEXT,"
                       " args TEXT, status TEXT, attempts INTEGER, max_retries INTEGER,"
                       " result TEXT, error TEXT)")

    def _connect(self):
        return closing(sqlite3.connect(self.path, timeout=30, isolation_level=None))

    def add(self, task, args=(), max_retries=0):
        with self._connect() as db:
            return db.execute("INSERT INTO jobs VALUES (NULL, ?, ?, 'queued', 0, ?, NULL, NULL)",
                              (task, json.dumps(list(args)), max_retries)).lastrowid

    def get(self, job_id):
        with self._connect() as db:
            row = db.execute(f"SELECT {COLUMNS} FROM jobs WHERE id = ?", (job_id,)).fetchone()
        if row is None:
            raise KeyError(job_id)
        job = dict(zip(COLUMNS.split(", "), row))
        job["args"] = json.loads(job["args"])
        job["result"] = None if job["result"] is None else json.loads(job["result"])
        return job

    def claim(self):
        with self._connect() as db:
            db.execute("BEGIN IMMEDIATE")
            row = db.execute("SELECT id FROM jobs WHERE status = 'queued' ORDER BY id").fetchone()
            if row:
                db.execute("UPDATE jobs SET status = 'running', attempts = attempts + 1"
                           " WHERE id = ?", row)
            db.execute("COMMIT")
        return self.get(row[0]) if row else None

    def finish(self, job_id, result):
        with self._connect() as db:
            db.execute("UPDATE jobs SET status = 'done', result = ? WHERE id = ?",
                       (json.dumps(result), job_id))

    def fail(self, job_id, error):
        job = self.get(job_id)
        status = "queued" if job["attempts"] <= job["max_retries"] else "failed"
        with self._connect() as db:
            db.execute("UPDATE jobs SET status = ?, error = ? WHERE id = ?",
                       (status, error, job_id))
        return status

    def counts(self):
        with self._connect() as db:
            found = dict(db.execute("SELECT status, COUNT(*) FROM jobs GROUP BY status"))
        return {status: found.get(status, 0) for status in STATUSES}

    def close(self):
        pass
