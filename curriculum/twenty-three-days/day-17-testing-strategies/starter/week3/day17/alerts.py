"""An alerting service client and a monitor that uses it. Also finished: your job is to test it.

AlertClient posts alerts to an HTTP service (think of a chat webhook or a pager). Monitor
watches a stream of events with fan_out_fan_in, counts them in Metrics, and raises an alert
for every reading above its threshold.
"""
from __future__ import annotations

import asyncio
import json
import urllib.error
import urllib.request
from typing import AsyncIterable, List

from realtime import Event, Metrics, fan_out_fan_in


class AlertError(Exception):
    """The alert service could not be reached or refused the alert."""


class AlertClient:
    def __init__(self, base_url: str, token: str, timeout: float = 5.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.token = token
        self.timeout = timeout

    def send(self, event: Event, message: str) -> str:
        """POST {"event": id, "value": value, "message": message} as JSON to
        <base_url>/alerts, with the header Authorization: Bearer <token>.

        Returns the "id" the service gives the alert. Any failure to reach the
        service, an answer that is not JSON, or one without an "id" raises
        AlertError.
        """
        body = json.dumps({"event": event.id, "value": event.value, "message": message}).encode()
        request = urllib.request.Request(
            self.base_url + "/alerts", data=body, method="POST",
            headers={"Content-Type": "application/json", "Authorization": "Bearer " + self.token})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                answer = json.load(response)
        except (OSError, ValueError) as error:
            raise AlertError("could not send the alert: %s" % error) from error
        if not isinstance(answer, dict) or "id" not in answer:
            raise AlertError("the service gave no alert id")
        return str(answer["id"])


class Monitor:
    """Sends an alert for each event whose value is above ``threshold``."""

    def __init__(self, client: AlertClient, threshold: float, workers: int = 4, metrics: Metrics = None) -> None:
        self.client = client
        self.threshold = threshold
        self.workers = workers
        self.metrics = metrics or Metrics()
        self.alerts: List[str] = []

    async def _handle(self, event: Event) -> bool:
        if event.value <= self.threshold:
            self.metrics.record()
            return False
        message = "reading %.1f above %.1f" % (event.value, self.threshold)
        loop = asyncio.get_running_loop()
        try:
            # send() blocks while it waits for the service, so it runs on a thread of the loop's pool.
            self.alerts.append(await loop.run_in_executor(None, self.client.send, event, message))
        except AlertError:
            self.metrics.record(ok=False)
            raise
        self.metrics.record()
        return True

    async def watch(self, events: AsyncIterable[Event]) -> dict:
        """Handle every event; return the metrics snapshot plus "alerts": the ids
        of the alerts sent, in the order they were sent."""
        await fan_out_fan_in(events, self._handle, workers=self.workers)
        return dict(self.metrics.snapshot(), alerts=list(self.alerts))
