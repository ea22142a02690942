"""Tests for week1/day4/decorators.py. Run them with:  python -m pytest -v week1/day4"""
from __future__ import annotations

import time

import pytest

import decorators
from decorators import RateLimitExceeded, memoize, rate_limit, retry, timer, validate_types


class Clock:
    def __init__(self) -> None:
        self.now = 100.0
        self.waits: list[float] = []

    def read(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.waits.append(seconds)
        self.now += seconds


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    fake = Clock()
    for name in ("time", "monotonic", "perf_counter"):
        monkeypatch.setattr(time, name, fake.read)
    monkeypatch.setattr(time, "sleep", fake.sleep)
    return fake


def test_memoize_calls_the_function_once_per_argument() -> None:
    calls = []

    @memoize
    def double(n: int) -> int:
        calls.append(n)
        return n * 2

    assert [double(2), double(2), double(3)] == [4, 4, 6]
    assert calls == [2, 3]


def test_timer_keeps_the_function_name(clock: Clock) -> None:
    @timer
    def work() -> str:
        clock.now += 0.25
        return "done"

    assert work.__name__ == "work"
    assert work() == "done"
    assert work.last_elapsed == pytest.approx(0.25)  # type: ignore[attr-defined]


def test_retry_tries_again_after_waiting(clock: Clock) -> None:
    failures = [ConnectionError("1"), ConnectionError("2")]

    @retry(max_attempts=3, delay=0.5)
    def fetch() -> str:
        if failures:
            raise failures.pop(0)
        return "ok"

    assert fetch() == "ok"
    assert clock.waits == [0.5, 0.5]


def test_retry_gives_up(clock: Clock) -> None:
    @retry(max_attempts=2, delay=1)
    def broken() -> None:
        raise ValueError("always")

    with pytest.raises(ValueError):
        broken()
    assert clock.waits == [1]


def test_validate_types_rejects_a_wrong_argument() -> None:
    @validate_types
    def shout(word: str) -> str:
        return word.upper()

    assert shout("hi") == "HI"
    with pytest.raises(TypeError, match="word"):
        shout(5)


def test_rate_limit_refuses_the_extra_call(clock: Clock) -> None:
    @rate_limit(calls=2, period=1.0)
    def ping() -> str:
        return "pong"

    assert [ping(), ping()] == ["pong", "pong"]
    with pytest.raises(RateLimitExceeded):
        ping()
    clock.now += 1.5
    assert ping() == "pong"


def test_module_exports_the_exception() -> None:
    assert issubclass(decorators.RateLimitExceeded, Exception)
