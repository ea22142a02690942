"""Checks for the `portfolio-metrics` milestone (capstone3/metrics.py). Needs pandas."""
import math

import pandas as pd

from pymastery import call, expect, expect_equal, learner_module

PRICES = pd.DataFrame({"AAA": [100.0, 110.0, 99.0, 120.0, 90.0],
                       "BBB": [10.0, 10.0, 10.0, 10.0, 10.0]},
                      index=pd.date_range("2024-01-01", periods=5))


def _close(a, b):
    return abs(float(a) - float(b)) < 1e-9


def check_returns():
    """daily_returns gives each day's change, without the first date"""
    returns = call(learner_module().daily_returns, PRICES.copy()).value
    expect_equal(len(returns), 4, hint="The first date has no day before: leave it out (.iloc[1:]).")
    expect(_close(returns["AAA"].iloc[0], 0.1) and _close(returns["AAA"].iloc[1], -0.1),
           "AAA went 100 -> 110 -> 99, so its first returns should be 0.1 and -0.1; got %s"
           % list(returns["AAA"].iloc[:2]),
           hint="A return is today / yesterday - 1: prices / prices.shift(1) - 1.")
    expect_equal(list(returns["BBB"]), [0.0] * 4)


def check_volatility():
    """annual_volatility scales the daily standard deviation by sqrt(252)"""
    module = learner_module()
    returns = pd.DataFrame({"AAA": [0.01, -0.02, 0.03, 0.0], "BBB": [0.0] * 4})
    vol = call(module.annual_volatility, returns).value
    wanted = pd.Series([0.01, -0.02, 0.03, 0.0]).std() * math.sqrt(252)
    expect(_close(vol["AAA"], wanted),
           "annual_volatility gave %r for AAA, expected %r" % (float(vol["AAA"]), wanted),
           hint="returns.std() (the sample standard deviation, as pandas computes it) times "
                "math.sqrt(TRADING_DAYS).")
    expect(_close(vol["BBB"], 0.0), "a price that never moves has no volatility")


def check_drawdown():
    """max_drawdown is the worst fall from a running peak"""
    dd = call(learner_module().max_drawdown, PRICES.copy()).value
    expect(_close(dd["AAA"], 90 / 120 - 1),
           "AAA peaked at 120 and then fell to 90, a drawdown of -0.25; got %r" % float(dd["AAA"]),
           hint="prices.cummax() is the highest price so far; prices / that - 1 is the fall from "
                "it on each day; take the .min() of each column.")
    expect(_close(dd["BBB"], 0.0), "a price that never falls has a drawdown of 0")
    rising = pd.DataFrame({"C": [1.0, 2.0, 3.0]})
    expect(_close(call(learner_module().max_drawdown, rising).value["C"], 0.0),
           "a price that only rises has a drawdown of 0")
