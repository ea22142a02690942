"""Capstone 3, step 2: returns, volatility and drawdown, for every ticker at once."""
import math

import pandas as pd

TRADING_DAYS = 252


def daily_returns(prices):
    """Return each day's change as a fraction of the day before (0.01 is 1 %), for each
    column; the first date, which has no day before, is left out."""
    # TODO
    raise NotImplementedError("daily_returns is not written yet")


def annual_volatility(returns):
    """Return a Series: each column's standard deviation of daily returns, scaled to a year
    by multiplying with the square root of TRADING_DAYS."""
    # TODO
    raise NotImplementedError("annual_volatility is not written yet")


def max_drawdown(prices):
    """Return a Series: for each column, the worst fall from a running peak, as a fraction
    (-0.25 means the price once stood 25 % below the highest price before it; 0.0 if it never fell)."""
    # TODO
    raise NotImplementedError("max_drawdown is not written yet")
