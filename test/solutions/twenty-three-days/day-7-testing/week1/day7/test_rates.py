"""Tests for rates.py. They never reach the network: urllib.request.urlopen is patched."""
import io
import json
from unittest import mock

import pytest

from rates import RateError, RatesClient


def answer(payload: object) -> mock.MagicMock:
    """What urlopen returns: a context manager around a file-like body."""
    response = mock.MagicMock()
    response.__enter__.return_value = io.BytesIO(json.dumps(payload).encode())
    return response


def test_same_currency_needs_no_request() -> None:
    with mock.patch("urllib.request.urlopen") as urlopen:
        assert RatesClient().get_rate("EUR", "eur") == 1.0
    urlopen.assert_not_called()


def test_rate_is_read_from_the_answer() -> None:
    with mock.patch("urllib.request.urlopen", return_value=answer({"rates": {"USD": 1.25}})) as urlopen:
        assert RatesClient("https://api.test/").get_rate("eur", "usd") == 1.25
    url = urlopen.call_args.args[0]
    assert url == "https://api.test/latest?base=EUR&symbols=USD"


def test_rates_are_cached_per_pair() -> None:
    client = RatesClient()
    answers = [answer({"rates": {"USD": 1.1}}), answer({"rates": {"GBP": 0.8}})]
    with mock.patch("urllib.request.urlopen", side_effect=answers) as urlopen:
        assert client.get_rate("EUR", "USD") == 1.1
        assert client.get_rate("EUR", "USD") == 1.1
        assert client.get_rate("EUR", "GBP") == 0.8
    assert urlopen.call_count == 2


@pytest.mark.parametrize("payload", [{}, {"rates": {}}, {"rates": {"USD": "abc"}}, {"rates": {"USD": -1}}])
def test_nonsense_answers_raise_rate_error(payload: object) -> None:
    with mock.patch("urllib.request.urlopen", return_value=answer(payload)):
        with pytest.raises(RateError):
            RatesClient().get_rate("EUR", "USD")


def test_network_failure_becomes_rate_error() -> None:
    with mock.patch("urllib.request.urlopen", side_effect=OSError("offline")):
        with pytest.raises(RateError) as info:
            RatesClient().get_rate("EUR", "USD")
    assert isinstance(info.value.__cause__, OSError)
