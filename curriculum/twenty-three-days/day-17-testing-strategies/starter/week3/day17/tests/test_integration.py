"""Integration tests: Monitor, fan_out_fan_in, Metrics and AlertClient working together,
with only the network faked.

TODO (milestone "Fixtures, factories and an integration test"): write the tests.
"""
import asyncio

from alerts import AlertError, Monitor
from realtime import Event, Metrics
