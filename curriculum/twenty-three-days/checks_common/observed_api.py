"""Helpers for the day-18 checks: the learner's week3/day18/api package, a TestClient for it, and
the log records its loggers emit."""
import logging

from pymastery import call

from .packages import import_from

ROOT = "week3/day18"


def observability():
    return import_from(ROOT, "api.observability")


def main():
    return import_from(ROOT, "api.main")


def client(app=None, **options):
    """A TestClient for `app`, or for a fresh app from create_app()."""
    from fastapi.testclient import TestClient

    if app is None:
        app = call(main().create_app).value
    return TestClient(app, **options)


def send(test_client, method, url, **options):
    """One request; an exception in the learner's code fails the check at its line."""
    return call(test_client.request, method, url, **options).value


class Records(logging.Handler):
    """Collects the records of the "api" logger and its children, and what the learner's
    formatter makes of each (when `formatter` is given)."""

    def __init__(self, formatter=None):
        super().__init__(logging.DEBUG)
        self.records = []
        self.request_ids = []
        self.formatter_to_use = formatter

    def emit(self, record):
        self.records.append(record)
        self.request_ids.append(observability().request_id_var.get())

    def __enter__(self):
        self.logger = logging.getLogger("api")
        self.saved = (self.logger.level, self.logger.propagate, list(self.logger.handlers))
        self.logger.setLevel(logging.DEBUG)
        self.logger.addHandler(self)
        return self

    def __exit__(self, *exc):
        level, propagate, handlers = self.saved
        self.logger.setLevel(level)
        self.logger.propagate = propagate
        self.logger.handlers[:] = handlers

    def named(self, name):
        return [record for record in self.records if record.name == name]
