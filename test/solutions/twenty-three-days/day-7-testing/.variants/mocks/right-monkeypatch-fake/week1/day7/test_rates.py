"""Tests for rates.py with a hand-written fake urlopen installed by monkeypatch."""
import io
import json
import urllib.request

import pytest

from rates import RateError, RatesClient


class FakeWeb:
    def __init__(self, *answers):
        self.answers = list(answers)
        self.urls = []

    def __call__(self, url, timeout=None):
        self.urls.append(url)
        answer = self.answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return io.BytesIO(json.dumps(answer).encode())


def install(monkeypatch, *answers):
    web = FakeWeb(*answers)
    monkeypatch.setattr(urllib.request, "urlopen", web)
    return web


def test_reads_the_rate_and_builds_the_url(monkeypatch):
    web = install(monkeypatch, {"rates": {"USD": 1.2}})
    assert RatesClient("http://x").get_rate("EUR", "USD") == 1.2
    assert web.urls == ["http://x/latest?base=EUR&symbols=USD"]


def test_cache_is_per_pair(monkeypatch):
    web = install(monkeypatch, {"rates": {"USD": 1.2}}, {"rates": {"JPY": 160}})
    client = RatesClient()
    assert [client.get_rate("EUR", "USD"), client.get_rate("EUR", "USD"),
            client.get_rate("EUR", "JPY")] == [1.2, 1.2, 160]
    assert len(web.urls) == 2


@pytest.mark.parametrize("answer", [{}, {"rates": {"USD": 0}}, OSError("down")])
def test_failures_become_rate_error(monkeypatch, answer):
    install(monkeypatch, answer)
    with pytest.raises(RateError):
        RatesClient().get_rate("EUR", "USD")
