"""Integration tests: Monitor, fan_out_fan_in, Metrics and AlertClient working together,
with only the network faked."""
import asyncio
import json
from unittest import mock

from alerts import AlertClient, AlertError, Monitor
from realtime import Metrics


def test_alerts_only_above_the_threshold(make_events, fake_service, clock):
    monitor = Monitor(AlertClient("http://alerts.test", "t"), threshold=50, workers=2, metrics=Metrics(clock))
    clock.now += 2.0
    summary = asyncio.run(monitor.watch(make_events([10, 50, 75, 20, 90])))
    assert sorted(summary["alerts"]) == ["a1", "a2"]
    sent = sorted(json.loads(r.data)["value"] for r in fake_service.requests)
    assert sent == [75, 90]
    assert summary["processed"] == 5 and summary["errors"] == 0
    assert summary["events_per_sec"] == 2.5


def test_a_failed_alert_is_counted_as_an_error(make_events, clock):
    monitor = Monitor(AlertClient("http://alerts.test", "t"), threshold=0, metrics=Metrics(clock))
    with mock.patch("urllib.request.urlopen", side_effect=OSError("down")):
        summary = asyncio.run(monitor.watch(make_events([5, 6, 7])))
    assert summary["errors"] == 3
    assert summary["processed"] == 3
    assert summary["alerts"] == []


def test_quiet_stream_sends_nothing(make_events, fake_service):
    monitor = Monitor(AlertClient("http://alerts.test", "t"), threshold=100)
    summary = asyncio.run(monitor.watch(make_events([1, 2, 3])))
    assert summary["alerts"] == [] and fake_service.requests == []


def test_metrics_without_time_passing(clock):
    metrics = Metrics(clock)
    metrics.record()
    metrics.record(ok=False)
    assert metrics.snapshot(4) == {"processed": 2, "errors": 1, "events_per_sec": 0.0, "queue_size": 4}


def test_alert_error_is_an_exception():
    assert issubclass(AlertError, Exception)
