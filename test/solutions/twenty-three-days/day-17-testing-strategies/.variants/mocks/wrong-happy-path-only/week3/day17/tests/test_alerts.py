"""Tests for AlertClient in alerts.py, with the network replaced by mocks."""
import io
import json
from unittest import mock

import pytest

from alerts import AlertClient, AlertError
from realtime import Event


def _answer(payload):
    return io.BytesIO(json.dumps(payload).encode())


def test_posts_the_alert_as_json():
    client = AlertClient("http://alerts.test/", "s3cret", timeout=2)
    with mock.patch("urllib.request.urlopen", return_value=_answer({"id": 42})) as urlopen:
        assert client.send(Event(7, 99.5), "too hot") == "42"
    request = urlopen.call_args[0][0]
    assert request.full_url == "http://alerts.test/alerts"
    assert request.get_method() == "POST"
    assert request.get_header("Authorization") == "Bearer s3cret"
    assert request.get_header("Content-type") == "application/json"
    assert json.loads(request.data) == {"event": 7, "value": 99.5, "message": "too hot"}
    assert urlopen.call_args[1]["timeout"] == 2
