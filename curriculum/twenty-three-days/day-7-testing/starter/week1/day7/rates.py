"""Day 7 (given code): exchange rates from a web service. You test it; you do not change it.

get_rate makes a real HTTP request, so tests must replace urllib.request.urlopen
(unittest.mock.patch) instead of reaching the network.
"""
from __future__ import annotations

import json
import urllib.request


class RateError(Exception):
    """The rate could not be fetched or made sense of."""


class RatesClient:
    """Asks ``{base_url}/latest?base=EUR&symbols=USD`` and reads ``{"rates": {"USD": 1.08}}``."""

    def __init__(self, base_url: str = "https://rates.example.com", timeout: float = 5.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self._cache: dict[tuple[str, str], float] = {}

    def get_rate(self, base: str, quote: str) -> float:
        """How many ``quote`` one ``base`` buys. Cached per pair; the same currency is 1.0."""
        base, quote = base.upper(), quote.upper()
        if base == quote:
            return 1.0
        if (base, quote) in self._cache:
            return self._cache[(base, quote)]
        url = f"{self.base_url}/latest?base={base}&symbols={quote}"
        try:
            with urllib.request.urlopen(url, timeout=self.timeout) as response:
                payload = json.load(response)
        except (OSError, ValueError) as error:
            raise RateError(f"could not fetch {base}->{quote}: {error}") from error
        try:
            rate = float(payload["rates"][quote])
        except (KeyError, TypeError, ValueError) as error:
            raise RateError(f"no {quote} rate in the answer") from error
        if rate <= 0:
            raise RateError(f"impossible rate {rate}")
        self._cache[(base, quote)] = rate
        return rate
