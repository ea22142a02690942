"""pytest fixtures for test_api.py: run `python -m pytest api` from week2/day12."""
import pytest
from fastapi.testclient import TestClient

from .main import create_app


@pytest.fixture
def client():
    with TestClient(create_app()) as test_client:
        yield test_client
