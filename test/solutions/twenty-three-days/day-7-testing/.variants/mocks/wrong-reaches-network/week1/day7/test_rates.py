from rates import RatesClient


def test_real_rate_is_positive():
    assert RatesClient().get_rate("EUR", "USD") > 0
