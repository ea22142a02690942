"""A made-up but lifelike data set: which shop customers answered a voucher offer."""
import numpy as np
import pandas as pd

CITIES = ["Oslo", "Lima", "Pune", "Kyiv"]


def make_customers(rows: int = 600, seed: int = 0) -> pd.DataFrame:
    """Customers with their age, income (thousands), visits last month, city and plan,
    and ``answered`` (1 when they used the voucher). Some incomes and cities are missing."""
    rng = np.random.RandomState(seed)
    age = rng.randint(18, 75, rows)
    income = rng.normal(45, 15, rows).round(1)
    visits = rng.poisson(3, rows)
    city = rng.choice(CITIES, rows)
    plan = rng.choice(["basic", "plus"], rows, p=[0.7, 0.3])
    score = (0.06 * (income - 45) + 0.5 * (visits - 3) - 0.03 * (age - 45)
             + 1.2 * (city == "Oslo") + 0.8 * (plan == "plus") + rng.normal(0, 0.8, rows))
    frame = pd.DataFrame({"age": age, "income": income, "visits": visits, "city": city,
                          "plan": plan, "answered": (score > 0.4).astype(int)})
    frame.loc[rng.rand(rows) < 0.06, "income"] = np.nan
    frame.loc[rng.rand(rows) < 0.04, "city"] = np.nan  # not None: see the lesson
    return frame
