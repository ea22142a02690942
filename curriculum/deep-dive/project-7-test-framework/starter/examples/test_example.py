"""Example tests for minitest: python -m minitest examples"""
from minitest import fixture, parametrize


class Ledger:
    def __init__(self):
        self.entries = []
        self.closed = False

    def add(self, amount):
        self.entries.append(amount)
        return sum(self.entries)

    def close(self):
        self.closed = True


@fixture
def ledger():
    book = Ledger()
    yield book
    book.close()


def test_floor_division():
    assert 7 // 2 == 3


def test_with_fixture(ledger):
    assert ledger.add(5) == 5


@parametrize("price,qty,total", [(2, 3, 6), (5, 0, 0), (1, 7, 7)])
def test_line_total(price, qty, total):
    assert price * qty == total


def test_totals():
    assert [10, 20, 30] == [10, 20, 35]


def test_broken():
    return {}["missing"]


class TestLedger:
    def test_starts_empty(self, ledger):
        assert ledger.entries == []
