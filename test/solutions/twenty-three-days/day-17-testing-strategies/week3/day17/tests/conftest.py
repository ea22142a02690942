"""Shared fixtures for the day-17 tests. Run them all from a terminal with

    python -m pytest week3/day17/tests
"""
import io
import json
import os
import sys
from unittest import mock

import pytest

# The tests import realtime and alerts, which live one folder up.
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from realtime import Event  # noqa: E402


@pytest.fixture
def make_events():
    """A factory: make_events(values) gives an async stream of Events with those values."""
    def make(values):
        async def stream():
            for number, value in enumerate(values):
                yield Event(number, value)
        return stream()
    return make


@pytest.fixture
def fake_service():
    """Patches urlopen with a fake alert service that hands out ids a1, a2, ... and records requests."""
    requests = []

    def answer(request, timeout=None):
        requests.append(request)
        return io.BytesIO(json.dumps({"id": "a%d" % len(requests)}).encode())

    with mock.patch("urllib.request.urlopen", side_effect=answer) as urlopen:
        urlopen.requests = requests
        yield urlopen


class Clock:
    def __init__(self, now=1000.0):
        self.now = now

    def __call__(self):
        return self.now


@pytest.fixture
def clock():
    """A clock that only moves when a test sets clock.now."""
    return Clock()
