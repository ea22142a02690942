"""Tests for AlertClient in alerts.py, with the network replaced by mocks.

The check blocks real connections, so every test must patch urllib.request.urlopen.

TODO (milestone "Mocking the alert service"): write the tests.
"""
from unittest import mock

import pytest

from alerts import AlertClient, AlertError
from realtime import Event
